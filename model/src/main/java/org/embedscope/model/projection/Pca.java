package org.embedscope.model.projection;

import org.embedscope.model.numeric.SymmetricEigen;
import java.util.stream.IntStream;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * Exact PCA: the sample covariance (SIMD blocks on all cores, summed in double precision), a
 * symmetric eigen-decomposition, then projection of every row. Each component's sign is fixed so that its largest
 * loading is positive, so the same data always gives the same picture.
 */
public final class Pca {
    private Pca() {
    }

    /** Projects all rows on the first {@code dims} components. */
    public static PcaResult fit(VectorStore store, int dims, Progress progress) {
        int[] components = IntStream.range(0, dims).toArray();
        return fit(store.rawVectors(), store.size(), store.dimension(), components, progress);
    }

    /** Projects all rows on the given 0-based components. */
    public static PcaResult fit(float[] data, int rows, int dimension, int[] components, Progress progress) {
        for (int c : components) {
            if (c < 0 || c >= dimension) {
                throw new IllegalArgumentException("component " + (c + 1) + " out of 1.." + dimension);
            }
        }
        progress.update(0, "PCA: centring");
        double[] mean = Covariance.mean(data, rows, dimension);
        progress.checkCancelled();
        progress.update(0.2, "PCA: covariance");
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        double[] covariance = Covariance.of(data, rows, dimension, mean, kernel, progress);
        progress.checkCancelled();
        progress.update(0.6, "PCA: eigenvectors");
        SymmetricEigen eigen = SymmetricEigen.of(covariance, dimension);
        double[] ratio = explainedRatio(eigen.values);
        double[] axes = axes(eigen, dimension, components);
        progress.checkCancelled();
        progress.update(0.8, "PCA: projecting");
        float[] coordinates = project(data, rows, dimension, mean, axes, components.length);
        progress.update(1, "PCA done");
        return new PcaResult(rows, coordinates, components.clone(), ratio);
    }

    private static double[] explainedRatio(double[] eigenvalues) {
        double total = 0;
        for (double v : eigenvalues) {
            total += Math.max(v, 0);
        }
        double[] ratio = new double[eigenvalues.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = total > 0 ? Math.max(eigenvalues[i], 0) / total : 0;
        }
        return ratio;
    }

    /** The chosen eigenvectors as rows of a components x dimension matrix, signs fixed. */
    private static double[] axes(SymmetricEigen eigen, int dimension, int[] components) {
        double[] axes = new double[components.length * dimension];
        for (int c = 0; c < components.length; c++) {
            int column = components[c];
            double largest = 0;
            for (int d = 0; d < dimension; d++) {
                double v = eigen.vectors[d * dimension + column];
                if (Math.abs(v) > Math.abs(largest)) {
                    largest = v;
                }
            }
            double sign = largest < 0 ? -1 : 1;
            for (int d = 0; d < dimension; d++) {
                axes[c * dimension + d] = sign * eigen.vectors[d * dimension + column];
            }
        }
        return axes;
    }

    /** Coordinates = (row - mean) . axis: a float product with the SIMD kernel, mean term in double. */
    private static float[] project(float[] data, int rows, int dimension, double[] mean, double[] axes, int dims) {
        int width = MatrixKernel.padded(dims);
        float[] axesByColumn = new float[dimension * width];
        double[] offsets = new double[dims];
        for (int c = 0; c < dims; c++) {
            for (int d = 0; d < dimension; d++) {
                axesByColumn[d * width + c] = (float) axes[c * dimension + d];
                offsets[c] += mean[d] * axes[c * dimension + d];
            }
        }
        float[] out = new float[rows * dims];
        AxisProducts.forEachBlock(data, rows, dimension, axesByColumn, width, Progress.NONE, (start, count, block) -> {
            for (int r = 0; r < count; r++) {
                for (int c = 0; c < dims; c++) {
                    out[(start + r) * dims + c] = (float) (block[r * width + c] - offsets[c]);
                }
            }
        });
        return out;
    }
}
