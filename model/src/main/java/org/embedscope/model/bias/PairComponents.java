package org.embedscope.model.bias;

import java.util.List;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.SymmetricEigen;

/**
 * Principal components of word pairs, each pair's unit vectors centred on their mean. A pair's two
 * centred vectors are opposite, so n pairs span at most n components.
 */
final class PairComponents {
    private final SymmetricEigen eigen;
    private final int dimension;
    private final double[] first;
    private final int pairs;

    private PairComponents(SymmetricEigen eigen, int dimension, double[] first, int pairs) {
        this.eigen = eigen;
        this.dimension = dimension;
        this.first = first;
        this.pairs = pairs;
    }

    static PairComponents of(VectorStore store, List<int[]> pairs) {
        int d = store.dimension();
        double[] scatter = new double[d * d];
        double[] lean = new double[d];
        for (int[] pair : pairs) {
            double[] a = store.unitVector(pair[0]);
            double[] b = store.unitVector(pair[1]);
            double[] half = new double[d];
            for (int i = 0; i < d; i++) {
                half[i] = (a[i] - b[i]) / 2;
                lean[i] += a[i] - b[i];
            }
            // a - mean = half and b - mean = -half add the same outer product twice.
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    scatter[i * d + j] += 2 * half[i] * half[j];
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(scatter, d);
        double[] first = new double[d];
        double along = 0;
        for (int i = 0; i < d; i++) {
            first[i] = eigen.vectors[i * d];
            along += first[i] * lean[i];
        }
        if (along < 0) {
            for (int i = 0; i < d; i++) {
                first[i] = -first[i];
            }
        }
        return new PairComponents(eigen, d, BiasDirection.normalised(first, "the first principal component"),
                pairs.size());
    }

    double[] first() {
        return first;
    }

    /** Each of the top components' (at most one per pair) share of the total variance; rounding noise below zero reads as zero. */
    double[] explainedVarianceRatio(int limit) {
        double total = 0;
        for (double value : eigen.values) {
            total += Math.max(0, value);
        }
        int shown = Math.min(limit, Math.min(dimension, pairs));
        double[] ratios = new double[shown];
        for (int k = 0; k < shown; k++) {
            ratios[k] = total > 0 ? Math.max(0, eigen.values[k]) / total : 0;
        }
        return ratios;
    }
}
