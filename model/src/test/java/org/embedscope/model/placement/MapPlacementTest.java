package org.embedscope.model.placement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.DegenerateQueryException;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.knn.SyntheticData;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.CustomProjection;
import org.embedscope.model.projection.Pca;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.tsne.TsneListener;
import org.embedscope.model.tsne.TsneRun;
import org.embedscope.model.umap.UmapListener;
import org.embedscope.model.umap.UmapRun;
import org.junit.jupiter.api.Test;

/**
 * Three Gaussian blobs in 10 dimensions, 150 words each on the map and 10 each held out: a held-out
 * word placed onto the finished map must land inside its own blob, and a mapped word placed again
 * must land closer to where the run put it than its 10th nearest point on the map.
 */
class MapPlacementTest {
    private static final int CLUSTERS = 3;
    private static final int MAPPED = 150;
    private static final int PER_CLUSTER = MAPPED + 10;
    private static final int DIM = 10;
    private static final VectorStore STORE = store();
    /** Store rows on the map: the first 150 of each blob. */
    private static final int[] ROWS = mappedRows();
    private static final int N = ROWS.length;

    private static VectorStore store() {
        float[] all = SyntheticData.blobs(CLUSTERS, PER_CLUSTER, DIM, 1.0, 11);
        String[] words = new String[CLUSTERS * PER_CLUSTER];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
        }
        return VectorStore.of(words, all, DIM, DatasetInfo.of("blobs", "test", "test"));
    }

    private static int[] mappedRows() {
        int[] rows = new int[CLUSTERS * MAPPED];
        for (int c = 0; c < CLUSTERS; c++) {
            for (int i = 0; i < MAPPED; i++) {
                rows[c * MAPPED + i] = c * PER_CLUSTER + i;
            }
        }
        return rows;
    }

    private static double[] vector(int row) {
        double[] v = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            v[d] = STORE.rawVectors()[row * DIM + d];
        }
        return v;
    }

    private static float[] place(float[] map, ProjectionSpec spec, double[] vector) {
        return MapPlacement.place(STORE, ROWS, map, 2, spec, vector, "the word", Progress.NONE);
    }

    private static float[] tsneMap(TsneSpec spec) {
        return new TsneRun(spec.options(), STORE.rowsOf(ROWS), N, DIM).run(Progress.NONE, TsneListener.NONE).positions();
    }

    private static float[] umapMap(UmapSpec spec) {
        return new UmapRun(spec, STORE.rowsOf(ROWS), N, DIM).run(Progress.NONE, UmapListener.NONE).positions();
    }

    @Test
    void tsneHeldOutWordsLandInTheirBlobAndMappedOnesAmongTheirNeighbours() {
        TsneSpec spec = TsneSpec.defaults(2).withPerplexity(30).withSeed(3);
        checkPlacements(tsneMap(spec), spec);
    }

    @Test
    void umapHeldOutWordsLandInTheirBlobAndMappedOnesAmongTheirNeighbours() {
        UmapSpec spec = new UmapSpec(2, 15, 0.1, 1.0, UmapSpec.DEFAULT_REPULSION, 200, 7, Metric.EUCLIDEAN);
        checkPlacements(umapMap(spec), spec);
    }

    private static void checkPlacements(float[] map, ProjectionSpec spec) {
        for (int c = 0; c < CLUSTERS; c++) {
            double[] centre = centre(map, c);
            double radius = radius(map, c, centre);
            for (int row = c * PER_CLUSTER + MAPPED; row < (c + 1) * PER_CLUSTER; row++) {
                float[] at = place(map, spec, vector(row));
                int nearest = nearestPoint(map, at);
                assertEquals(c, nearest / MAPPED, "held-out word " + row + " of blob " + c);
                // at most a quarter past the blob's farthest word: a held-out word may be an outlier of its blob
                assertTrue(distance(at, centre) < 1.25 * radius, "held-out word " + row + " lands "
                        + distance(at, centre) + " from its blob's centre; the blob's words lie within " + radius);
            }
        }
        for (int point = 0; point < N; point += 37) {
            float[] at = place(map, spec, vector(ROWS[point]));
            float[] own = {map[2 * point], map[2 * point + 1]};
            double local = kthNearestOnMap(map, point, 10);
            assertTrue(distance(at, own) < local, "word " + point + " placed again lands " + distance(at, own)
                    + " from itself, farther than its 10th nearest point on the map (" + local + ")");
        }
    }

    @Test
    void theSameQueryLandsOnTheSameSpot() {
        UmapSpec spec = new UmapSpec(2, 15, 0.1, 1.0, UmapSpec.DEFAULT_REPULSION, 100, 7, Metric.COSINE);
        float[] map = umapMap(spec);
        assertArrayEquals(place(map, spec, vector(PER_CLUSTER + 155)), place(map, spec, vector(PER_CLUSTER + 155)));
    }

    @Test
    void pcaMapsPlaceExactlyAndKeepAffineCombinations() {
        PcaSpec spec = new PcaSpec(2, List.of(1, 2));
        float[] map = Pca.fit(STORE.rowsOf(ROWS), N, DIM, spec.zeroBased(), Progress.NONE).coordinates();
        float[] own = place(map, spec, vector(ROWS[42]));
        assertEquals(map[84], own[0], 1e-4);
        assertEquals(map[85], own[1], 1e-4);
        // a PCA map sends the midpoint of two vectors to the midpoint of their places
        double[] a = vector(ROWS[7]);
        double[] b = vector(ROWS[300]);
        double[] mid = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            mid[d] = (a[d] + b[d]) / 2;
        }
        float[] half = place(map, spec, mid);
        assertEquals((map[14] + map[600]) / 2, half[0], 1e-4);
        assertEquals((map[15] + map[601]) / 2, half[1], 1e-4);
    }

    @Test
    void customAxesPlaceAVectorAtItsCosinesWithTheAxes() {
        CustomAxesSpec spec = new CustomAxesSpec(List.of("w0 - w200", "w5"));
        double[][] axes = {difference(vector(0), vector(200)), vector(5)};
        float[] map = CustomProjection.project(STORE.rowsOf(ROWS), N, DIM, axes, Progress.NONE);
        double[] v = vector(PER_CLUSTER * 2 + 152);
        float[] placed = place(map, spec, v);
        assertEquals(cosine(v, axes[0]), placed[0], 1e-6);
        assertEquals(cosine(v, axes[1]), placed[1], 1e-6);
    }

    @Test
    void aZeroVectorHasNoPlaceOnACosineMap() {
        UmapSpec spec = new UmapSpec(2, 15, 0.1, 1.0, UmapSpec.DEFAULT_REPULSION, 50, 7, Metric.COSINE);
        float[] map = umapMap(spec);
        DegenerateQueryException e = assertThrows(DegenerateQueryException.class,
                () -> MapPlacement.place(STORE, ROWS, map, 2, spec, new double[DIM], "x - x", Progress.NONE));
        assertTrue(e.getMessage().startsWith("x - x is the zero vector"), e.getMessage());
    }

    private static double kthNearestOnMap(float[] map, int point, int k) {
        double[] d = new double[N];
        for (int p = 0; p < N; p++) {
            d[p] = Math.hypot(map[2 * p] - map[2 * point], map[2 * p + 1] - map[2 * point + 1]);
        }
        java.util.Arrays.sort(d);
        return d[k];
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double[] centre(float[] map, int cluster) {
        double[] c = new double[2];
        for (int p = cluster * MAPPED; p < (cluster + 1) * MAPPED; p++) {
            c[0] += map[2 * p] / MAPPED;
            c[1] += map[2 * p + 1] / MAPPED;
        }
        return c;
    }

    private static double radius(float[] map, int cluster, double[] centre) {
        double r = 0;
        for (int p = cluster * MAPPED; p < (cluster + 1) * MAPPED; p++) {
            r = Math.max(r, Math.hypot(map[2 * p] - centre[0], map[2 * p + 1] - centre[1]));
        }
        return r;
    }

    private static int nearestPoint(float[] map, float[] at) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int p = 0; p < N; p++) {
            double d = Math.hypot(map[2 * p] - at[0], map[2 * p + 1] - at[1]);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static double distance(float[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    private static double distance(float[] a, float[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
