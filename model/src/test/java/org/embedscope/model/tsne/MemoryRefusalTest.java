package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.embedscope.model.InsufficientMemoryException;
import org.embedscope.model.MemoryBudget;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

/** A run the process cannot hold is refused before any work, in one line that does not contradict itself. */
class MemoryRefusalTest {
    private static final long MB = 1 << 20;
    private static final int N = 3000;
    private static final int D = 8;
    private static final float[] DATA = SyntheticData.blobs(3, N / 3, D, 1.0, 2);

    @Test
    void aRunLargerThanTheBudgetIsRefusedWithWhatItNeedsAndWhatThereIs() {
        long needed = TsneMemory.bytesNeeded(N, D, TsneOptions.defaults());
        // a heap that may grow to 64 MB with 60 MB in use, and plenty of memory on the machine: 4 MB room
        MemoryBudget tiny = new MemoryBudget(64 * MB, 60 * MB, 62 * MB, 8000 * MB);
        assertTrue(needed > tiny.room(), "the estimate " + needed + " should exceed the 4 MB room");
        int[] listened = {0};
        InsufficientMemoryException e = assertThrows(InsufficientMemoryException.class,
                () -> new TsneRun(TsneOptions.defaults(), DATA, N, D, () -> tiny).run(Progress.NONE,
                        (iteration, kl, positions) -> listened[0]++));
        assertEquals(0, listened[0], "refused before the first map");
        String message = e.getMessage();
        assertEquals(-1, message.indexOf('\n'), message);
        Matcher m = Pattern.compile("needs about ([\\d,]+) MB of memory and only ([\\d,]+) MB is free \\(Java's heap"
                + " may grow to ([\\d,]+) MB and ([\\d,]+) MB of it is in use; the machine has ([\\d,]+) MB").matcher(message);
        assertTrue(m.find(), message);
        long need = number(m.group(1));
        long free = number(m.group(2));
        assertTrue(need > free, message);
        assertEquals(4, free, message);
        assertEquals(64, number(m.group(3)));
        assertEquals(60, number(m.group(4)));
        assertEquals((needed + MB - 1) / MB, need);
    }

    @Test
    void theMachinesMemoryLimitsTheRoomWhenTheHeapCouldGrowFurther() {
        // 2 MB reserved and free in the heap, 1 MB more on the machine: 3 MB, though the heap may grow to 1 GB
        MemoryBudget budget = new MemoryBudget(1024 * MB, 10 * MB, 12 * MB, MB);
        assertEquals(3 * MB, budget.room());
        budget.require(3 * MB, "a test");
        assertThrows(InsufficientMemoryException.class, () -> budget.require(3 * MB + 1, "a test"));
    }

    @Test
    void aRunThatFitsStarts() {
        MemoryBudget ample = new MemoryBudget(4096 * MB, 10 * MB, 100 * MB, 4096 * MB);
        TsneResult result = new TsneRun(TsneOptions.defaults().withIterations(10), DATA, N, D, () -> ample)
                .run(Progress.NONE, TsneListener.NONE);
        assertEquals(10, result.iterations());
    }

    @Test
    void theEstimateGrowsWithPointsAndNeighbours() {
        TsneOptions options = TsneOptions.defaults();
        long small = TsneMemory.bytesNeeded(100_000, 100, options);
        long large = TsneMemory.bytesNeeded(341_479, 100, options);
        assertTrue(large > 3 * small, small + " vs " + large);
        assertTrue(TsneMemory.bytesNeeded(100_000, 100, options.withPerplexity(50)) > small);
        // 341,479 x 91 neighbours: at least the 2 x 31M entries of the symmetric matrix, 4 bytes each twice
        assertTrue(large > 2L * 341_479 * 91 * 8, "estimate " + large);
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
