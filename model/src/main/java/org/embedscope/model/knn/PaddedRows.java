package org.embedscope.model.knn;

import org.embedscope.model.Metric;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.MatrixKernel;

/**
 * A float copy of the input rows, zero-padded to the kernel's quantum, and for the cosine metric
 * scaled to unit length (an all-zero row stays zero, so its cosine with anything is 0). Scores are
 * "higher is nearer": the dot product for cosine, {@code 2 x.y - |y|^2} for Euclidean distance.
 */
final class PaddedRows {
    private static final int ROWS_PER_CHUNK = 8192;

    final int n;
    final int width;
    final float[] rows;
    /** |row|^2, used by the Euclidean score; all ones (or zero) for unit rows. */
    final float[] squaredNorms;
    final Metric metric;

    private PaddedRows(int n, int width, float[] rows, float[] squaredNorms, Metric metric) {
        this.n = n;
        this.width = width;
        this.rows = rows;
        this.squaredNorms = squaredNorms;
        this.metric = metric;
    }

    static PaddedRows of(float[] data, int n, int dimension, Metric metric) {
        KnnGraph.requireSupported(metric);
        int width = MatrixKernel.padded(dimension);
        boolean cosine = metric == Metric.COSINE;
        double[] sums = RowNorms.squaredNorms(data, n, dimension);
        float[] rows = cosine ? RowNorms.unitRows(data, n, dimension, width) : new float[n * width];
        float[] squaredNorms = new float[n];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                double scale = cosine ? RowNorms.inverse(sums[i]) : 1;
                squaredNorms[i] = (float) (sums[i] * scale * scale);
                if (!cosine) {
                    System.arraycopy(data, i * dimension, rows, i * width, dimension);
                }
            }
        });
        return new PaddedRows(n, width, rows, squaredNorms, metric);
    }

    /** The same rows in a new order: row s of the result is row {@code order[s]} of this. */
    PaddedRows permuted(int[] order) {
        float[] out = new float[rows.length];
        float[] norms = new float[n];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int s = c * ROWS_PER_CHUNK; s < end; s++) {
                System.arraycopy(rows, order[s] * width, out, s * width, width);
                norms[s] = squaredNorms[order[s]];
            }
        });
        return new PaddedRows(n, width, out, norms, metric);
    }

    /** Score of candidate j for query i, given their dot product. */
    float score(float dot, int j) {
        return metric == Metric.COSINE ? dot : 2 * dot - squaredNorms[j];
    }

    /** Distance of the candidate from query i, given its score. */
    float distance(float score, int i) {
        return metric == Metric.COSINE ? 1 - score : (float) Math.sqrt(Math.max(0, squaredNorms[i] - score));
    }
}
