package org.embedscope.model.numeric;

/**
 * The one row normaliser: norms summed in double from the float values, a row scaled by the
 * double inverse of its norm, and an all-zero row left all zeros (so that its cosine with anything
 * is 0). Matrices are row-major float arrays.
 */
public final class RowNorms {
    private static final int ROWS_PER_CHUNK = 8192;

    private RowNorms() {
    }

    /** The sum of squares of {@code length} values from {@code offset}, in double. */
    public static double squaredNorm(float[] values, int offset, int length) {
        double sum = 0;
        for (int d = 0; d < length; d++) {
            double v = values[offset + d];
            sum += v * v;
        }
        return sum;
    }

    /** The sum of squares of a double vector. */
    public static double squaredNorm(double[] vector) {
        double sum = 0;
        for (double v : vector) {
            sum += v * v;
        }
        return sum;
    }

    /** {@code 1 / sqrt(squaredNorm)}, or 0 for a zero vector. */
    public static double inverse(double squaredNorm) {
        return squaredNorm > 0 ? 1 / Math.sqrt(squaredNorm) : 0;
    }

    /** Each row's sum of squares, in double. */
    public static double[] squaredNorms(float[] matrix, int rows, int dimension) {
        double[] sums = new double[rows];
        ParallelFor.chunks(rows, ROWS_PER_CHUNK, c -> {
            int end = Math.min(rows, (c + 1) * ROWS_PER_CHUNK);
            for (int r = c * ROWS_PER_CHUNK; r < end; r++) {
                sums[r] = squaredNorm(matrix, r * dimension, dimension);
            }
        });
        return sums;
    }

    /** Each row's inverse norm, rounded to float (0 for an all-zero row). */
    public static float[] inverseNorms(float[] matrix, int rows, int dimension) {
        float[] inverse = new float[rows];
        ParallelFor.chunks(rows, ROWS_PER_CHUNK, c -> {
            int end = Math.min(rows, (c + 1) * ROWS_PER_CHUNK);
            for (int r = c * ROWS_PER_CHUNK; r < end; r++) {
                inverse[r] = (float) inverse(squaredNorm(matrix, r * dimension, dimension));
            }
        });
        return inverse;
    }

    /**
     * The rows scaled to unit length, rounded to float, each in {@code width >= dimension} floats
     * (zero padding after its values, for kernels that step in whole vectors).
     */
    public static float[] unitRows(float[] matrix, int rows, int dimension, int width) {
        float[] out = new float[rows * width];
        ParallelFor.chunks(rows, ROWS_PER_CHUNK, c -> {
            int end = Math.min(rows, (c + 1) * ROWS_PER_CHUNK);
            for (int r = c * ROWS_PER_CHUNK; r < end; r++) {
                int from = r * dimension;
                double scale = inverse(squaredNorm(matrix, from, dimension));
                for (int d = 0; d < dimension; d++) {
                    out[r * width + d] = (float) (matrix[from + d] * scale);
                }
            }
        });
        return out;
    }

    /** One row scaled to unit length, in double. */
    public static double[] unit(float[] matrix, int offset, int dimension) {
        double scale = inverse(squaredNorm(matrix, offset, dimension));
        double[] unit = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            unit[d] = matrix[offset + d] * scale;
        }
        return unit;
    }

    /** A double vector scaled to unit length. */
    public static double[] unit(double[] vector) {
        double scale = inverse(squaredNorm(vector));
        double[] unit = new double[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = vector[d] * scale;
        }
        return unit;
    }
}
