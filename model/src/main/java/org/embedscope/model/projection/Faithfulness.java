package org.embedscope.model.projection;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.ExactKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.MapKnn;

/**
 * How faithfully a map keeps neighbourhoods: for each point, the share of its k nearest
 * neighbours in the original space that are also among its k nearest on the map (Euclidean), and
 * the mean of those shares as one number for the whole projection.
 *
 * @param perPoint one value in [0, 1] per point, in input order
 */
public record Faithfulness(int k, float[] perPoint, double mean) {

    /** Uses exact original neighbours up to this many points and approximate ones above. */
    public static final int EXACT_LIMIT = 50_000;

    /**
     * Computes the original-space neighbours (cosine or Euclidean) and compares.
     *
     * @param seed used only by the approximate neighbour search of large inputs
     */
    public static Faithfulness of(float[] data, int n, int dimension, Metric metric, float[] positions, int dims,
                                  int k, long seed, Progress progress) {
        progress.update(0, "faithfulness: neighbours in the original space");
        KnnGraph original = n <= EXACT_LIMIT
                ? ExactKnn.compute(data, n, dimension, k, metric, progress)
                : ApproximateKnn.compute(data, n, dimension, k, metric, seed, ApproximateKnn.Settings.defaults(),
                        progress);
        return of(original, positions, dims, progress);
    }

    /**
     * Compares a precomputed original-space graph (for instance t-SNE's input neighbours,
     * {@link KnnGraph#truncate truncated} to k) with the map's own neighbours.
     */
    public static Faithfulness of(KnnGraph original, float[] positions, int dims, Progress progress) {
        int n = original.points();
        int k = original.k();
        progress.update(0.8, "faithfulness: neighbours on the map");
        KnnGraph map = MapKnn.compute(positions, n, dims, k, progress);
        float[] shares = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int shared = 0;
            for (int a = 0; a < k; a++) {
                int j = original.neighbor(i, a);
                for (int b = 0; b < k; b++) {
                    if (map.neighbor(i, b) == j) {
                        shared++;
                        break;
                    }
                }
            }
            shares[i] = (float) shared / k;
            sum += shares[i];
        }
        progress.update(1, "faithfulness done");
        return new Faithfulness(k, shares, sum / n);
    }
}
