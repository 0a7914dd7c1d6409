package org.embedscope.model.search;

import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;

/** Double-precision row arithmetic for exact re-ranking; every final score comes from here. */
public final class ExactMath {
    private ExactMath() {
    }

    public static double dot(VectorStore store, int row, double[] query) {
        float[] m = store.rawVectors();
        int dim = store.dimension();
        int base = row * dim;
        double sum = 0;
        for (int d = 0; d < dim; d++) {
            sum += m[base + d] * query[d];
        }
        return sum;
    }

    public static double norm(VectorStore store, int row) {
        return Math.sqrt(RowNorms.squaredNorm(store.rawVectors(), row * store.dimension(), store.dimension()));
    }

    /** Cosine of a row with a unit query; 0 for an all-zero row. */
    public static double cosine(VectorStore store, int row, double[] unitQuery) {
        double norm = norm(store, row);
        return norm == 0 ? 0 : dot(store, row, unitQuery) / norm;
    }

    public static double distance(VectorStore store, int row, double[] query) {
        float[] m = store.rawVectors();
        int dim = store.dimension();
        int base = row * dim;
        double sum = 0;
        for (int d = 0; d < dim; d++) {
            double v = m[base + d] - query[d];
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** The L1 distance of a row from the query. */
    public static double manhattan(VectorStore store, int row, double[] query) {
        float[] m = store.rawVectors();
        int dim = store.dimension();
        int base = row * dim;
        double sum = 0;
        for (int d = 0; d < dim; d++) {
            sum += Math.abs(m[base + d] - query[d]);
        }
        return sum;
    }

    public static double norm(double[] v) {
        return Math.sqrt(RowNorms.squaredNorm(v));
    }
}
