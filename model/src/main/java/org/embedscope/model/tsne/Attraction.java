package org.embedscope.model.tsne;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.AttractionKernel;

/**
 * The attractive half of the t-SNE gradient, over the sparse input affinities only:
 * {@code a_i = sum_j p_ij w_ij (y_i - y_j)} with {@code w_ij = 1 / (1 + |y_i - y_j|^2)}; and
 * {@code sum_ij p_ij log w_ij}, the part of the KL divergence that needs the edges.
 */
final class Attraction {
    private static final int ROWS_PER_CHUNK = 512;

    private Attraction() {
    }

    /** Writes a_i into {@code forces} (n x dims); {@code y} holds the positions as floats. */
    static void forces(EdgeBlocks edges, float[] y, double[] forces, AttractionKernel kernel, Progress progress) {
        int n = edges.n;
        ParallelFor.chunks(n, ROWS_PER_CHUNK, progress, c -> kernel.rows(edges.dims, edges.rowStarts, edges.offsets, edges.values, y,
                c * ROWS_PER_CHUNK, Math.min(n, (c + 1) * ROWS_PER_CHUNK), forces));
    }

    /**
     * {@code sum p_ij log w_ij} in double precision, summed chunk by chunk in a fixed order (the
     * blocks' padding entries have weight 0 and add nothing).
     */
    static double logTerm(EdgeBlocks edges, double[] y) {
        int n = edges.n;
        int dims = edges.dims;
        double[] partial = new double[ParallelFor.count(n, ROWS_PER_CHUNK)];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            double sum = 0;
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                for (int e = edges.rowStarts[i]; e < edges.rowStarts[i + 1]; e++) {
                    int j = edges.offsets[e];
                    double d2 = 0;
                    for (int d = 0; d < dims; d++) {
                        double diff = y[i * dims + d] - y[j + d];
                        d2 += diff * diff;
                    }
                    sum -= edges.values[e] * Math.log(1 + d2);
                }
            }
            partial[c] = sum;
        });
        double total = 0;
        for (double v : partial) {
            total += v;
        }
        return total;
    }

    /** sum p log p over the stored entries, the constant part of the KL divergence. */
    static double entropyTerm(EdgeBlocks edges) {
        double sum = 0;
        for (int e = 0; e < edges.rowStarts[edges.n]; e++) {
            double v = edges.values[e];
            if (v > 0) {
                sum += v * Math.log(v);
            }
        }
        return sum;
    }
}
