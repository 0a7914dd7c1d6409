package org.embedscope.model.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The warm-up policy on exercises that report made-up times, so that no test depends on the JIT. */
class WarmUpTest {
    /** Reports {@code slow} nanoseconds per kernel for the first {@code slowBatches} batches, then 1. */
    private static final class Scripted implements Exercises.Exercise {
        private final String[] kernels;
        private final int slowBatches;
        private final long slow;
        int batches;

        Scripted(int slowBatches, long slow, String... kernels) {
            this.kernels = kernels;
            this.slowBatches = slowBatches;
            this.slow = slow;
        }

        @Override
        public String[] timedKernels() {
            return kernels;
        }

        @Override
        public void batch(long[] nanos) {
            for (int k = 0; k < nanos.length; k++) {
                nanos[k] += batches < slowBatches ? slow : 1;
            }
            batches++;
        }
    }

    @Test
    void stopsAfterThreeBatchesTwentyTimesFasterThanTheFirst() {
        // batches 1 to 3 slow (not faster than the first), then three fast ones
        assertEquals(6, WarmUp.run(new Scripted(3, 1000, "test-a1", "test-a2"), Long.MAX_VALUE));
        // 19 times faster is not fast enough: only the time limit ends it
        Scripted almost = new Scripted(1, 19, "test-b");
        WarmUp.run(almost, 20_000_000L);
        assertTrue(almost.batches > 6, "batches: " + almost.batches);
    }

    @Test
    void kernelsSeenFastBeforeNeedNoSpeedUp() {
        WarmUp.run(new Scripted(1, 1000, "test-c"), Long.MAX_VALUE);
        // already compiled: batches as fast as the first one are fine for it, not for a new kernel
        assertEquals(4, WarmUp.run(new Scripted(0, 1, "test-c"), Long.MAX_VALUE));
        Scripted fresh = new Scripted(0, 1, "test-c", "test-d");
        WarmUp.run(fresh, 20_000_000L);
        assertTrue(fresh.batches > 4, "batches: " + fresh.batches);
    }
}
