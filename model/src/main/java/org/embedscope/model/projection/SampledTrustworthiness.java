package org.embedscope.model.projection;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.MapKnn;
import org.embedscope.model.knn.SampleScan;

/**
 * Trustworthiness as scikit-learn defines it (Venna and Kaski), estimated from a sample of points
 * when the map is too large for all pairs. With r(i, j) the rank of j among i's input neighbours (1
 * the nearest; equal distances ranked by id) and U(i) i's k nearest on the map,
 * {@code T = 1 - 2 / (N k (2n - 3k - 1)) * sum_{i in S} sum_{j in U(i)} max(0, r(i, j) - k)} over a
 * sample S of N points; with S every point it is scikit-learn's value. Each sampled point's ranks come
 * from its exact distances to all n points, its map neighbours from the whole map.
 */
public final class SampledTrustworthiness {
    private SampledTrustworthiness() {
    }

    /**
     * @param size how many points to sample (all when at least n)
     */
    public static double of(float[] data, int n, int dimension, Metric metric, float[] map, int dims, int k,
                            int size, long seed, Progress progress) {
        if (k < 1 || 3 * k + 1 >= 2 * n) {
            throw new IllegalArgumentException("trustworthiness needs 1 <= k < (2n - 1) / 3, got k = " + k);
        }
        progress.update(0, "trustworthiness: neighbours on the map");
        KnnGraph onMap = MapKnn.compute(map, n, dims, k, progress);
        int[] sample = SampleScan.sample(n, size, seed);
        double[] penalties = new double[sample.length];
        progress.update(0.1, "trustworthiness: ranks in the input");
        SampleScan.scan(data, n, dimension, metric, sample, progress, (q, distances) -> {
            int i = sample[q];
            double penalty = 0;
            for (int r = 0; r < k; r++) {
                int j = onMap.neighbor(i, r);
                penalty += Math.max(0, rank(distances, i, j) - k);
            }
            penalties[q] = penalty;
        });
        double sum = 0;
        for (double p : penalties) {
            sum += p;
        }
        progress.update(1, "trustworthiness done");
        return 1 - 2.0 / (sample.length * (double) k * (2.0 * n - 3.0 * k - 1)) * sum;
    }

    /** 1 + the points other than i nearer to i than j is, or as near and with a lower id. */
    private static int rank(float[] distances, int i, int j) {
        float d = distances[j];
        int nearer = 0;
        for (int l = 0; l < distances.length; l++) {
            float v = distances[l];
            if (l != i && (v < d || v == d && l < j)) {
                nearer++;
            }
        }
        return nearer + 1;
    }
}
