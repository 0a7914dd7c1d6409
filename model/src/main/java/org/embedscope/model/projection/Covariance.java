package org.embedscope.model.projection;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.MatrixKernel;

/**
 * Mean and sample covariance of a row-major float matrix. Rows are centred into small padded
 * float blocks and multiplied with the SIMD kernel; each block's float sums are short enough to
 * stay accurate and are added into double precision, per fixed chunk, in chunk order.
 */
final class Covariance {
    private static final int ROWS_PER_CHUNK = 8192;
    private static final int ROWS_PER_BLOCK = 256;

    private Covariance() {
    }

    static double[] mean(float[] data, int rows, int dimension) {
        int chunks = ParallelFor.count(rows, ROWS_PER_CHUNK);
        double[][] partial = new double[chunks][dimension];
        ParallelFor.chunks(rows, ROWS_PER_CHUNK, c -> {
            double[] sum = partial[c];
            int end = Math.min(rows, (c + 1) * ROWS_PER_CHUNK);
            for (int r = c * ROWS_PER_CHUNK; r < end; r++) {
                int base = r * dimension;
                for (int d = 0; d < dimension; d++) {
                    sum[d] += data[base + d];
                }
            }
        });
        double[] mean = new double[dimension];
        for (double[] sum : partial) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += sum[d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= Math.max(rows, 1);
        }
        return mean;
    }

    /** The dimension x dimension sample covariance (divided by rows - 1), row-major. */
    static double[] of(float[] data, int rows, int dimension, double[] mean, MatrixKernel kernel, Progress progress) {
        int padded = MatrixKernel.padded(dimension);
        float[] floatMean = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            floatMean[d] = (float) mean[d];
        }
        int chunks = ParallelFor.count(rows, ROWS_PER_CHUNK);
        double[][] partial = new double[chunks][];
        ParallelFor.chunks(rows, ROWS_PER_CHUNK, progress, c -> {
            double[] sum = new double[dimension * padded];
            float[] block = new float[ROWS_PER_BLOCK * padded];
            float[] product = new float[dimension * padded];
            int end = Math.min(rows, (c + 1) * ROWS_PER_CHUNK);
            for (int start = c * ROWS_PER_CHUNK; start < end; start += ROWS_PER_BLOCK) {
                int count = Math.min(ROWS_PER_BLOCK, end - start);
                for (int r = 0; r < count; r++) {
                    int from = (start + r) * dimension;
                    int to = r * padded;
                    for (int d = 0; d < dimension; d++) {
                        block[to + d] = data[from + d] - floatMean[d];
                    }
                }
                java.util.Arrays.fill(product, 0f);
                upperBands(kernel, dimension, padded, count, block, product);
                for (int i = 0; i < product.length; i++) {
                    sum[i] += product[i];
                }
            }
            partial[c] = sum;
        });
        double scale = 1.0 / Math.max(rows - 1, 1);
        double[] covariance = new double[dimension * dimension];
        for (double[] sum : partial) {
            for (int i = 0; i < dimension; i++) {
                for (int j = 0; j < dimension; j++) {
                    covariance[i * dimension + j] += sum[i * padded + j];
                }
            }
        }
        for (int i = 0; i < dimension; i++) {
            for (int j = i; j < dimension; j++) {
                double v = covariance[i * dimension + j] * scale;
                covariance[i * dimension + j] = v;
                covariance[j * dimension + i] = v;
            }
        }
        return covariance;
    }

    /**
     * product(i, j) = sum_r block(r, i) * block(r, j), computed only in bands of
     * {@link MatrixKernel#COLUMN_QUANTUM} rows from the band's own diagonal rightwards: all of the upper
     * triangle for a little over half the work of the full matrix.
     */
    private static void upperBands(MatrixKernel kernel, int dimension, int padded, int count, float[] block, float[] product) {
        for (int band = 0; band < dimension; band += MatrixKernel.COLUMN_QUANTUM) {
            int bandRows = Math.min(MatrixKernel.COLUMN_QUANTUM, dimension - band);
            kernel.multiplyAdd(bandRows, padded - band, count, block, band, 1, padded,
                    block, band, padded, product, band * padded + band, padded);
        }
    }
}
