package org.embedscope.app.projection;

import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.MapKnn;

/**
 * Trustworthiness as scikit-learn defines it (Venna and Kaski): with r(i, j) the rank of j among
 * i's neighbours in the input (cosine distance, 1 the nearest), and U(i) i's k nearest on the map,
 * T = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in U(i)} max(0, r(i, j) - k). Brute force, for
 * test-sized sets.
 */
final class Trustworthiness {
    private Trustworthiness() {
    }

    static double of(float[] data, int n, int dimension, float[] map, int dims, int k) {
        double[][] unit = new double[n][dimension];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int d = 0; d < dimension; d++) {
                norm += (double) data[i * dimension + d] * data[i * dimension + d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dimension; d++) {
                unit[i][d] = norm > 0 ? data[i * dimension + d] / norm : 0;
            }
        }
        KnnGraph onMap = MapKnn.compute(map, n, dims, k, Progress.NONE);
        double penalty = 0;
        int[] rank = new int[n];
        long[] keyed = new long[n - 1];
        for (int i = 0; i < n; i++) {
            int slot = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double dot = 0;
                    for (int d = 0; d < dimension; d++) {
                        dot += unit[i][d] * unit[j][d];
                    }
                    // 1 - cos + 1 is positive, so its float bits sort like the value; ties go to the lower index
                    keyed[slot++] = ((long) Float.floatToIntBits((float) (2 - dot)) << 32) | j;
                }
            }
            java.util.Arrays.sort(keyed);
            for (int r = 0; r < n - 1; r++) {
                rank[(int) keyed[r]] = r + 1;
            }
            for (int r = 0; r < k; r++) {
                penalty += Math.max(0, rank[onMap.neighbor(i, r)] - k);
            }
        }
        return 1 - 2.0 / (n * (double) k * (2.0 * n - 3.0 * k - 1)) * penalty;
    }
}
