package org.embedscope.model;

import java.util.stream.IntStream;

/** Row norms of a row-major matrix, computed in double precision, in parallel for big matrices. */
final class RowNorms {
    private static final int ROWS_PER_TASK = 16_384;

    private RowNorms() {
    }

    static float[] inverseNorms(float[] vectors, int rows, int dimension) {
        float[] inverse = new float[rows];
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int row = task * ROWS_PER_TASK; row < end; row++) {
                int base = row * dimension;
                double sum = 0;
                for (int d = 0; d < dimension; d++) {
                    double v = vectors[base + d];
                    sum += v * v;
                }
                inverse[row] = sum > 0 ? (float) (1 / Math.sqrt(sum)) : 0f;
            }
        });
        return inverse;
    }
}
