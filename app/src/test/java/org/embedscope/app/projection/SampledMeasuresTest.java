package org.embedscope.app.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.ExactKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.SampledRecall;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.Projection;
import org.embedscope.model.projection.ProjectionListener;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.SampledTrustworthiness;
import org.embedscope.model.projection.WordSelection;
import org.junit.jupiter.api.Test;

/**
 * The measurements for maps too large for all pairs, on real words: sampled trustworthiness against
 * the brute-force definition (which matches scikit-learn's), and the approximate neighbours' recall
 * against exact ones, measured both ways.
 */
class SampledMeasuresTest {
    @Test
    void trustworthinessOfEveryPointIsTheBruteForceValueAndASampleEstimatesIt() {
        int n = 1500;
        VectorStore store = BundledDataset.load(Progress.NONE);
        ProjectionResult map = Projection.run(store, WordSelection.first(n), PcaSpec.firstComponents(2), Progress.NONE,
                ProjectionListener.NONE);
        float[] data = store.rowsOf(map.rows());
        double brute = Trustworthiness.of(data, n, store.dimension(), map.positions(), 2, 10);
        double all = SampledTrustworthiness.of(data, n, store.dimension(), Metric.COSINE, map.positions(), 2, 10, n, 0,
                Progress.NONE);
        assertEquals(brute, all, 2e-4, "float distances may order a few near-ties differently");
        double sampled = SampledTrustworthiness.of(data, n, store.dimension(), Metric.COSINE, map.positions(), 2, 10,
                300, 4, Progress.NONE);
        System.out.printf("PCA trustworthiness of %d words: brute force %.5f, all points %.5f, 300 sampled %.5f%n",
                n, brute, all, sampled);
        assertEquals(brute, sampled, 0.02);
    }

    /**
     * The default search (8 trees of 256, then NN-descent joining up to 60 new and 60 old neighbours
     * of each point) found 0.9997 of the exact 91 nearest neighbours of the 8,000 most frequent
     * bundled words, measured both ways (the search before it, 0.886); the bound leaves a little
     * room for other machines' float rounding, not more.
     */
    private static final double DEFAULT_RECALL_AT_8K = 0.995;

    @Test
    void approximateNeighboursOfRealWordsAtTSnesKHaveHighRecallMeasuredEitherWay() {
        int n = 8000;
        int k = 91;
        VectorStore store = BundledDataset.load(Progress.NONE);
        float[] data = Arrays.copyOf(store.rowsOf(rows(n)), n * store.dimension());
        int d = store.dimension();
        KnnGraph exact = ExactKnn.compute(data, n, d, k, Metric.COSINE, Progress.NONE);
        KnnGraph approx = ApproximateKnn.compute(data, n, d, k, Metric.COSINE, 0, ApproximateKnn.Settings.defaults(),
                Progress.NONE);
        long hits = 0;
        for (int i = 0; i < n; i++) {
            int[] truth = Arrays.copyOfRange(exact.neighbors(), i * k, (i + 1) * k);
            Arrays.sort(truth);
            for (int r = 0; r < k; r++) {
                if (Arrays.binarySearch(truth, approx.neighbor(i, r)) >= 0) {
                    hits++;
                }
            }
        }
        double full = (double) hits / n / k;
        double everyPoint = SampledRecall.of(approx, data, d, n, 0, Progress.NONE);
        double sampled = SampledRecall.of(approx, data, d, 500, 3, Progress.NONE);
        System.out.printf("recall at k = %d on %d bundled words: %.4f (every point by SampledRecall %.4f, 500"
                + " sampled %.4f)%n", k, n, full, everyPoint, sampled);
        assertEquals(full, everyPoint, 1e-3, "the same lists measured two ways");
        assertEquals(full, sampled, 0.02);
        assertTrue(full >= DEFAULT_RECALL_AT_8K, "recall " + full);
    }

    private static int[] rows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
