package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.embedscope.model.CancelledException;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.RunControl;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

class TsneRunTest {
    private static final int CLUSTERS = 4;
    private static final int PER_CLUSTER = 100;
    private static final int N = CLUSTERS * PER_CLUSTER;
    private static final int D = 12;
    private static final float[] DATA = SyntheticData.blobs(CLUSTERS, PER_CLUSTER, D, 0.5, 17);

    private static TsneOptions options() {
        return TsneOptions.defaults().withPerplexity(15).withIterations(400).withEarlyExaggeration(12, 100)
                .withMetric(Metric.EUCLIDEAN).withSnapshotMillis(0);
    }

    @Test
    void separatedClustersStaySeparatedAndKlDecreases() {
        for (int dims = 2; dims <= 3; dims++) {
            List<Double> kl = new ArrayList<>();
            TsneResult result = new TsneRun(options().withDims(dims), DATA, N, D).run(Progress.NONE,
                    (iteration, value, positions) -> {
                        if (iteration % 50 == 0 && iteration > 100) {
                            kl.add(value);
                        }
                    });
            assertEquals(N * dims, result.positions().length);
            assertEquals(1.0, sameClusterNearestNeighbour(result.positions(), dims), 1e-9, dims + "D");
            assertTrue(kl.get(kl.size() - 1) < kl.get(0), "KL went " + kl);
            assertEquals(kl.get(kl.size() - 1), result.klDivergence(), 1e-12);
        }
    }

    @Test
    void sameSeedSameMapDifferentSeedDifferentMap() {
        TsneOptions random = options().withInit(TsneOptions.Init.RANDOM).withIterations(150).withMetric(Metric.COSINE);
        float[] a = new TsneRun(random.withSeed(5), DATA, N, D).run(Progress.NONE, TsneListener.NONE).positions();
        float[] b = new TsneRun(random.withSeed(5), DATA, N, D).run(Progress.NONE, TsneListener.NONE).positions();
        float[] c = new TsneRun(random.withSeed(6), DATA, N, D).run(Progress.NONE, TsneListener.NONE).positions();
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    @Test
    void approximateNeighboursGiveTheSameKindOfMap() {
        TsneResult result = new TsneRun(options().withNeighbours(TsneOptions.Neighbours.APPROXIMATE), DATA, N, D)
                .run(Progress.NONE, TsneListener.NONE);
        assertEquals(1.0, sameClusterNearestNeighbour(result.positions(), 2), 1e-9);
    }

    @Test
    void cancelStopsTheRun() {
        TsneRun run = new TsneRun(options(), DATA, N, D);
        RunControl control = new RunControl();
        int[] last = new int[1];
        assertThrows(CancelledException.class, () -> run.run(control, (iteration, kl, positions) -> {
            last[0] = iteration;
            if (iteration == 20) {
                control.cancel();
            }
        }));
        assertEquals(20, last[0]);
        assertEquals(20, run.iteration());
    }

    @Test
    void aPausedRunWaitsForResumeThenFinishes() throws Exception {
        TsneRun run = new TsneRun(options(), DATA, N, D);
        RunControl control = new RunControl();
        List<Integer> snapshots = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<TsneResult> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                done.complete(run.run(control, (iteration, kl, positions) -> {
                    snapshots.add(iteration);
                    if (iteration == 10 && !control.isPaused() && snapshots.indexOf(10) == snapshots.size() - 1) {
                        control.pause();
                    }
                }));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        worker.start();
        // The worker is parked inside the pause: nothing can advance until resume.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!waitsInPause(worker) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(waitsInPause(worker), "the run waits in the pause");
        assertEquals(10, run.iteration(), "the run holds at the iteration it was paused at");
        assertEquals(List.of(10, 10), snapshots.subList(snapshots.size() - 2, snapshots.size()),
                "on pausing, the run shows its current map once more, then waits");
        assertFalse(done.isDone());
        control.resume();
        assertEquals(400, done.get(60, TimeUnit.SECONDS).iterations());
        assertEquals(400, snapshots.get(snapshots.size() - 1));
    }

    private static boolean waitsInPause(Thread worker) {
        return worker.getState() == Thread.State.WAITING && java.util.Arrays.stream(worker.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("awaitResume"));
    }

    @Test
    void cancelEndsAPause() throws Exception {
        TsneRun run = new TsneRun(options(), DATA, N, D);
        RunControl control = new RunControl();
        CountDownLatch paused = new CountDownLatch(1);
        CompletableFuture<TsneResult> cancelled = CompletableFuture.supplyAsync(() -> run.run(control,
                (iteration, kl, positions) -> {
                    if (iteration == 5 && paused.getCount() > 0) {
                        control.pause();
                        paused.countDown();
                    }
                }));
        assertTrue(paused.await(30, TimeUnit.SECONDS));
        control.cancel();
        ExecutionException e = assertThrows(ExecutionException.class, () -> cancelled.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CancelledException);
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> options().withDims(4));
        assertThrows(IllegalArgumentException.class, () -> new TsneRun(options().withPerplexity(50), DATA, 40, D * 10));
        assertEquals(50, TsneOptions.defaults().learningRateFor(1000));
        assertEquals(10_000 / 12.0 / 4, TsneOptions.defaults().learningRateFor(10_000), 1e-9);
    }

    /** Share of points whose nearest map neighbour comes from the same input cluster. */
    static double sameClusterNearestNeighbour(float[] y, int dims) {
        int agree = 0;
        for (int i = 0; i < N; i++) {
            double best = Double.POSITIVE_INFINITY;
            int nearest = -1;
            for (int j = 0; j < N; j++) {
                if (j == i) {
                    continue;
                }
                double d2 = 0;
                for (int d = 0; d < dims; d++) {
                    double diff = y[i * dims + d] - y[j * dims + d];
                    d2 += diff * diff;
                }
                if (d2 < best) {
                    best = d2;
                    nearest = j;
                }
            }
            if (nearest / PER_CLUSTER == i / PER_CLUSTER) {
                agree++;
            }
        }
        return (double) agree / N;
    }
}
