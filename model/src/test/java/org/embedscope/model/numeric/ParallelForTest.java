package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
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
    void noLaterTaskStartsOnceATaskFailed() throws Exception {
        AtomicIntegerArray started = new AtomicIntegerArray(200);
        IllegalStateException seven = new IllegalStateException("task 7");
        // one thread: tasks run in order, so the failure is recorded before anything later is handed out
        Throwable thrown = new ForkJoinPool(1).submit(() -> {
            try {
                ParallelFor.range(200, i -> {
                    started.incrementAndGet(i);
                    if (i == 7) {
                        throw seven;
                    }
                });
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        }).get();
        assertSame(seven, thrown);
        for (int i = 0; i < 200; i++) {
            assertEquals(i <= 7 ? 1 : 0, started.get(i), "task " + i);
        }
    }

    @Test
    void theLowestNumberedFailureWinsWhateverFailsFirst() throws Exception {
        CountDownLatch laterFailed = new CountDownLatch(1);
        IllegalStateException seven = new IllegalStateException("task 7");
        // task 7 waits until task 150 (on the other thread) has failed, then fails itself
        Throwable thrown = new ForkJoinPool(2).submit(() -> {
            try {
                ParallelFor.range(200, i -> {
                    if (i == 7) {
                        await(laterFailed);
                        throw seven;
                    }
                    if (i == 150) {
                        laterFailed.countDown();
                        throw new IllegalArgumentException("task 150");
                    }
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }).get();
        assertSame(seven, thrown);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
