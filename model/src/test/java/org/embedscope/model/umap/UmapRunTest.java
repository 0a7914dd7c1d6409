package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.embedscope.model.CancelledException;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.RunControl;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.MapKnn;
import org.embedscope.model.knn.SyntheticData;
import org.embedscope.model.projection.UmapSpec;
import org.junit.jupiter.api.Test;

class UmapRunTest {
    private static final int PER_CLUSTER = 150;
    private static final int N = 3 * PER_CLUSTER;
    /** Three blobs of spread 1 around centres some 10-20 apart in 10 dimensions: far apart. */
    private static final float[] BLOBS = SyntheticData.blobs(3, PER_CLUSTER, 10, 1.0, 5);
    private static final UmapSpec SPEC = new UmapSpec(2, 15, 0.1, 1.0, UmapSpec.DEFAULT_REPULSION, 200, 7, Metric.EUCLIDEAN);

    private static float[] map(UmapSpec spec) {
        return new UmapRun(spec, BLOBS, N, 10).run(Progress.NONE, UmapListener.NONE).positions();
    }

    private static <T> T inPool(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void separatedClustersStaySeparated() {
        for (int dims : new int[] {2, 3}) {
            float[] map = map(new UmapSpec(dims, 15, 0.1, 1.0, UmapSpec.DEFAULT_REPULSION, 200, 7, Metric.EUCLIDEAN));
            KnnGraph near = MapKnn.compute(map, N, dims, 10, Progress.NONE);
            for (int i = 0; i < N; i++) {
                for (int r = 0; r < 10; r++) {
                    assertEquals(i / PER_CLUSTER, near.neighbor(i, r) / PER_CLUSTER,
                            dims + "D: point " + i + "'s map neighbour " + near.neighbor(i, r));
                }
            }
        }
    }

    /** Each point's mean map distance to the others of its blob. */
    private static double meanSpread(float[] map) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            int first = i / PER_CLUSTER * PER_CLUSTER;
            for (int j = first; j < first + PER_CLUSTER; j++) {
                sum += Math.hypot(map[2 * i] - map[2 * j], map[2 * i + 1] - map[2 * j + 1]);
            }
        }
        return sum / N / (PER_CLUSTER - 1);
    }

    @Test
    void aStrongerRepulsionSpreadsEachClusterWider() {
        double gentle = meanSpread(map(SPEC.withRepulsion(UmapSpec.UMAP_LEARN_REPULSION)));
        double strong = meanSpread(map(SPEC));
        assertTrue(strong > 1.5 * gentle, "spread " + strong + " at strength 8 against " + gentle + " at 1");
    }

    @Test
    void aSeedGivesTheSameMapWithOneOrThreeThreads() throws Exception {
        Callable<float[]> work = () -> map(SPEC);
        float[] one = inPool(1, work);
        assertArrayEquals(one, inPool(3, work));
        assertArrayEquals(one, map(SPEC), "and the same seed twice");
    }

    @Test
    void differentSeedsGiveDifferentMaps() {
        assertFalse(Arrays.equals(map(SPEC), map(SPEC.withSeed(8))));
    }

    @Test
    void framesArriveAtTheStartAndTheEnd() {
        List<Integer> epochs = new ArrayList<>();
        float[] last = new UmapRun(SPEC, BLOBS, N, 10).run(Progress.NONE, (epoch, positions) -> epochs.add(epoch))
                .positions();
        assertEquals(0, epochs.get(0));
        assertEquals(200, epochs.get(epochs.size() - 1));
        assertEquals(2 * N, last.length);
    }

    @Test
    void cancellingStopsTheRun() {
        RunControl control = new RunControl();
        AtomicBoolean cancelled = new AtomicBoolean();
        assertThrows(CancelledException.class, () -> new UmapRun(SPEC, BLOBS, N, 10).run(control, (epoch, p) -> {
            if (epoch == 0) {
                control.cancel();
                cancelled.set(true);
            }
        }));
        assertTrue(cancelled.get());
    }
}
