package org.embedscope.model.projection;

/**
 * Principal components of a store and every word's coordinates on the requested ones.
 *
 * @param coordinates            row-major, {@code rows x components.length}
 * @param components             which principal components (0-based) the columns hold
 * @param explainedVarianceRatio share of total variance of each principal component, largest first,
 *                               for all components (for a scree chart)
 */
public record PcaResult(int rows, float[] coordinates, int[] components, double[] explainedVarianceRatio) {
    public int dims() {
        return components.length;
    }
}
