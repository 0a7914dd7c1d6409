package org.embedscope.model.cluster;

import org.embedscope.model.numeric.RowNorms;
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
        return new UnitRows(n, dimension, width, RowNorms.unitRows(data, n, dimension, width));
    }

    double squaredNorm(int i) {
        return RowNorms.squaredNorm(rows, i * width, dimension);
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
