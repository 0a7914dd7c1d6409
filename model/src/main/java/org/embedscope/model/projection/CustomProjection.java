package org.embedscope.model.projection;

import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.MatrixKernel;

/**
 * A map whose axes are directions chosen by the user (x = he - she, y = rich - poor), as in the
 * TensorFlow projector's custom tab and whatlies. Each coordinate is the cosine similarity
 * between the word's vector and the axis vector: it ignores vector length (which in GloVe mostly
 * tracks word frequency), so every axis reads on the same -1..1 scale.
 */
public final class CustomProjection {
    private CustomProjection() {
    }

    /** Coordinates of every word of the store, row-major n x axes.length. */
    public static float[] project(VectorStore store, double[][] axes, Progress progress) {
        return project(store.rawVectors(), store.size(), store.dimension(), axes, progress);
    }

    /**
     * @param axes two or three axis vectors of the data's dimension; none may be all zeros
     */
    public static float[] project(float[] data, int n, int dimension, double[][] axes, Progress progress) {
        int dims = axes.length;
        if (dims < 1 || dims > 3) {
            throw new IllegalArgumentException("a custom projection needs 1 to 3 axes, got " + dims);
        }
        int width = MatrixKernel.padded(dims);
        float[] unitAxes = new float[dimension * width];
        for (int a = 0; a < dims; a++) {
            if (axes[a].length != dimension) {
                throw new IllegalArgumentException("axis " + (a + 1) + " has " + axes[a].length
                        + " values, the vectors have " + dimension);
            }
            if (!(RowNorms.squaredNorm(axes[a]) > 0)) {
                throw new IllegalArgumentException("axis " + (a + 1) + " is the zero vector");
            }
            double[] unit = RowNorms.unit(axes[a]);
            for (int d = 0; d < dimension; d++) {
                unitAxes[d * width + a] = (float) unit[d];
            }
        }
        float[] out = new float[n * dims];
        progress.update(0, "custom projection");
        AxisProducts.forEachBlock(data, n, dimension, unitAxes, width, progress, (start, count, dots) -> {
            for (int r = 0; r < count; r++) {
                double inverse = RowNorms.inverse(RowNorms.squaredNorm(data, (start + r) * dimension, dimension));
                for (int a = 0; a < dims; a++) {
                    out[(start + r) * dims + a] = (float) (dots[r * width + a] * inverse);
                }
            }
        });
        progress.update(1, "custom projection done");
        return out;
    }
}
