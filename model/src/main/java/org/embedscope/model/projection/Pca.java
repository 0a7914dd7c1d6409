package org.embedscope.model.projection;

import java.util.stream.IntStream;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * Exact PCA: mean-centred covariance in double precision (row blocks on all cores), a symmetric
 * eigen-decomposition, then projection. Each component's sign is fixed so that its largest
 * loading is positive, so the same data always gives the same picture.
 */
public final class Pca {
    private static final int ROWS_PER_TASK = 4096;

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
        double[] mean = mean(data, rows, dimension);
        progress.checkCancelled();
        progress.update(0.2, "PCA: covariance");
        double[] covariance = covariance(data, rows, dimension, mean);
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

    private static double[] mean(float[] data, int rows, int dimension) {
        double[] mean = new double[dimension];
        for (int r = 0; r < rows; r++) {
            int base = r * dimension;
            for (int d = 0; d < dimension; d++) {
                mean[d] += data[base + d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= Math.max(rows, 1);
        }
        return mean;
    }

    private static double[] covariance(float[] data, int rows, int dimension, double[] mean) {
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        double[] sum = IntStream.range(0, tasks).parallel().mapToObj(task -> {
            double[] partial = new double[dimension * dimension];
            double[] centred = new double[dimension];
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int r = task * ROWS_PER_TASK; r < end; r++) {
                int base = r * dimension;
                for (int d = 0; d < dimension; d++) {
                    centred[d] = data[base + d] - mean[d];
                }
                for (int i = 0; i < dimension; i++) {
                    double ci = centred[i];
                    int rowBase = i * dimension;
                    for (int j = i; j < dimension; j++) {
                        partial[rowBase + j] += ci * centred[j];
                    }
                }
            }
            return partial;
        }).reduce(new double[dimension * dimension], (a, b) -> {
            double[] c = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i] + b[i];
            }
            return c;
        });
        double scale = 1.0 / Math.max(rows - 1, 1);
        for (int i = 0; i < dimension; i++) {
            for (int j = i; j < dimension; j++) {
                double v = sum[i * dimension + j] * scale;
                sum[i * dimension + j] = v;
                sum[j * dimension + i] = v;
            }
        }
        return sum;
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

    private static float[] project(float[] data, int rows, int dimension, double[] mean, double[] axes, int dims) {
        float[] out = new float[rows * dims];
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int r = task * ROWS_PER_TASK; r < end; r++) {
                int base = r * dimension;
                for (int c = 0; c < dims; c++) {
                    double sum = 0;
                    int axisBase = c * dimension;
                    for (int d = 0; d < dimension; d++) {
                        sum += (data[base + d] - mean[d]) * axes[axisBase + d];
                    }
                    out[r * dims + c] = (float) sum;
                }
            }
        });
        return out;
    }
}
