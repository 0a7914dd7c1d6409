package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.embedscope.model.CancelledException;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class ParallelForTest {
    @Test
    void runsEveryTaskOnceAndMapsInTaskOrder() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        ParallelFor.range(1000, runs::incrementAndGet);
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        assertEquals(List.of(0, 1, 4, 9, 16), ParallelFor.map(5, i -> i * i));
        ParallelFor.range(0, i -> {
            throw new AssertionError("no tasks to run");
        });
    }

    @Test
    void chunkNumbersDependOnlyOnTheSizes() throws Exception {
        assertEquals(4, ParallelFor.count(10, 3));
        assertEquals(0, ParallelFor.count(0, 3));
        // sums per chunk, combined in chunk order, on one thread and on four
        double[] data = new double[10_007];
        for (int i = 0; i < data.length; i++) {
            data[i] = 1.0 / (i + 1);
        }
        double one = new ForkJoinPool(1).submit(() -> chunkedSum(data)).get();
        double four = new ForkJoinPool(4).submit(() -> chunkedSum(data)).get();
        assertEquals(Double.doubleToLongBits(one), Double.doubleToLongBits(four));
    }

    private static double chunkedSum(double[] data) {
        double[] partial = new double[ParallelFor.count(data.length, 100)];
        ParallelFor.chunks(data.length, 100, c -> {
            for (int i = c * 100; i < Math.min(data.length, (c + 1) * 100); i++) {
                partial[c] += data[i];
            }
        });
        double sum = 0;
        for (double p : partial) {
            sum += p;
        }
        return sum;
    }

    @Test
    void theLowestNumberedFailureWinsAndLaterTasksDoNotStart() {
        AtomicIntegerArray started = new AtomicIntegerArray(200);
        IllegalStateException seven = new IllegalStateException("task 7");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> ParallelFor.range(200, i -> {
            started.incrementAndGet(i);
            if (i == 7) {
                throw seven;
            }
            if (i == 150) {
                throw new IllegalArgumentException("task 150");
            }
        }));
        assertSame(seven, thrown);
        // tasks are handed out in order and none after 7 starts once 7 has failed: at most one per
        // other thread was already running
        int after = 0;
        for (int i = 8; i < 200; i++) {
            after += started.get(i);
        }
        assertFalse(after > ParallelFor.threads(), after + " tasks started after the failure");
    }

    @Test
    void cancellationStopsTheLoop() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        AtomicIntegerArray runs = new AtomicIntegerArray(50);
        assertThrows(CancelledException.class, () -> ParallelFor.chunks(500, 10, cancelled, runs::incrementAndGet));
        for (int i = 0; i < 50; i++) {
            assertEquals(0, runs.get(i));
        }
    }
}
