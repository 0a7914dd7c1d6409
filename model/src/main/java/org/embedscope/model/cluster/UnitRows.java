package org.embedscope.model.cluster;

import org.embedscope.model.linalg.Chunks;
import org.embedscope.model.simd.MatrixKernel;

/** Rows scaled to unit length (all-zero rows stay zero), zero-padded for the SIMD kernel. */
final class UnitRows {
    final int n;
    final int dimension;
    final int width;
    final float[] rows;

    private UnitRows(int n, int dimension, int width, float[] rows) {
        this.n = n;
        this.dimension = dimension;
        this.width = width;
        this.rows = rows;
    }

    static UnitRows of(float[] data, int n, int dimension) {
        int width = MatrixKernel.padded(dimension);
        float[] rows = new float[n * width];
        Chunks.run(n, 8192, c -> {
            int end = Math.min(n, (c + 1) * 8192);
            for (int i = c * 8192; i < end; i++) {
                double sum = 0;
                for (int d = 0; d < dimension; d++) {
                    sum += (double) data[i * dimension + d] * data[i * dimension + d];
                }
                double scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
                for (int d = 0; d < dimension; d++) {
                    rows[i * width + d] = (float) (data[i * dimension + d] * scale);
                }
            }
        });
        return new UnitRows(n, dimension, width, rows);
    }

    double squaredNorm(int i) {
        double sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += (double) rows[i * width + d] * rows[i * width + d];
        }
        return sum;
    }

    double squaredDistance(int i, float[] centroids, int c) {
        double sum = 0;
        for (int d = 0; d < dimension; d++) {
            double diff = rows[i * width + d] - centroids[c * width + d];
            sum += diff * diff;
        }
        return sum;
    }
}
