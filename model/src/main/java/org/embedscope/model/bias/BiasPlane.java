package org.embedscope.model.bias;

import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.SymmetricEigen;

/**
 * Words placed on a plane: x is their cosine with the bias direction, y their cosine with a second
 * direction, by default the words' own first principal component once the bias direction is taken
 * out (the main way the words differ that is not the bias).
 *
 * @param xy    x0, y0, x1, y1, ... for the rows
 * @param yAxis the unit vector of the y axis
 */
public record BiasPlane(int[] rows, float[] xy, double[] yAxis) {
    /** @param yDirection a second direction, or null for the words' principal component */
    public static BiasPlane of(VectorStore store, int[] rows, double[] direction, double[] yDirection) {
        BiasScores.requireDimension(store, direction);
        double[] y = yDirection != null ? BiasDirection.normalised(yDirection, "the second direction")
                : principalComponentWithout(store, rows, direction);
        float[] xy = new float[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            xy[2 * i] = (float) BiasScores.cosine(store, rows[i], direction);
            xy[2 * i + 1] = (float) BiasScores.cosine(store, rows[i], y);
        }
        return new BiasPlane(rows, xy, y);
    }

    static double[] principalComponentWithout(VectorStore store, int[] rows, double[] direction) {
        int d = store.dimension();
        if (rows.length < 2) {
            throw new BiasInputException("a plane needs at least two words");
        }
        double[][] points = new double[rows.length][];
        double[] mean = new double[d];
        for (int i = 0; i < rows.length; i++) {
            points[i] = IndirectBias.without(store.unitVector(rows[i]), direction);
            for (int k = 0; k < d; k++) {
                mean[k] += points[i][k] / rows.length;
            }
        }
        double[] covariance = new double[d * d];
        for (double[] p : points) {
            for (int a = 0; a < d; a++) {
                double da = p[a] - mean[a];
                for (int b = 0; b < d; b++) {
                    covariance[a * d + b] += da * (p[b] - mean[b]);
                }
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(covariance, d);
        double[] first = new double[d];
        for (int k = 0; k < d; k++) {
            first[k] = eigen.vectors[k * d];
        }
        return BiasDirection.normalised(first, "the words' principal component");
    }
}
