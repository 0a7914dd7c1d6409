package org.embedscope.model.cluster;

import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.numeric.TopK;

/** The update step of Lloyd's algorithm and the naming of clusters by their most central members. */
final class Centroids {
    private static final int ROWS_PER_CHUNK = 8192;

    private Centroids() {
    }

    /**
     * Means of the members of each cluster, summed in double per fixed chunk. A cluster left
     * empty takes the point worst served by its centroid (lowest score), so k stays k.
     */
    static float[] update(UnitRows rows, int[] labels, float[] best, int k) {
        int n = rows.n;
        int width = rows.width;
        int dimension = rows.dimension;
        int chunks = ParallelFor.count(n, ROWS_PER_CHUNK);
        double[][] sums = new double[chunks][];
        long[][] counts = new long[chunks][];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            double[] sum = new double[k * dimension];
            long[] count = new long[k];
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                int label = labels[i];
                count[label]++;
                for (int d = 0; d < dimension; d++) {
                    sum[label * dimension + d] += rows.rows[i * width + d];
                }
            }
            sums[c] = sum;
            counts[c] = count;
        });
        double[] total = new double[k * dimension];
        long[] members = new long[k];
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += sums[c][i];
            }
            for (int j = 0; j < k; j++) {
                members[j] += counts[c][j];
            }
        }
        float[] centroids = new float[k * width];
        boolean[] taken = new boolean[n];
        for (int j = 0; j < k; j++) {
            if (members[j] == 0) {
                int worst = worstServed(best, taken);
                taken[worst] = true;
                System.arraycopy(rows.rows, worst * width, centroids, j * width, width);
                continue;
            }
            for (int d = 0; d < dimension; d++) {
                centroids[j * width + d] = (float) (total[j * dimension + d] / members[j]);
            }
        }
        return centroids;
    }

    private static int worstServed(float[] best, boolean[] taken) {
        int worst = -1;
        for (int i = 0; i < best.length; i++) {
            if (!taken[i] && (worst < 0 || best[i] < best[worst])) {
                worst = i;
            }
        }
        return worst;
    }

    /** Per cluster, the members with the highest cosine to the centroid, best first. */
    static int[][] centralMembers(UnitRows rows, float[] centroids, int[] labels, int k, int count) {
        int width = rows.width;
        float[] norms = new float[k];
        for (int j = 0; j < k; j++) {
            norms[j] = (float) Math.sqrt(RowNorms.squaredNorm(centroids, j * width, width));
        }
        TopK top = new TopK(k, count);
        for (int i = 0; i < rows.n; i++) {
            int j = labels[i];
            float dot = 0;
            for (int d = 0; d < width; d++) {
                dot += rows.rows[i * width + d] * centroids[j * width + d];
            }
            top.offer(j, i, norms[j] > 0 ? dot / norms[j] : 0);
        }
        int[][] out = new int[k][];
        for (int j = 0; j < k; j++) {
            out[j] = top.drainBestFirst(j);
        }
        return out;
    }
}
