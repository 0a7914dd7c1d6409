package org.embedscope.model.tsne;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.projection.Pca;
import org.embedscope.model.projection.PcaResult;

/**
 * The starting map. PCA initialisation (as in scikit-learn, scaled so the first coordinate has a
 * standard deviation of 1e-4) keeps the global layout of the data; with the cosine metric the PCA
 * runs on unit-length rows, the vectors the metric actually compares.
 */
final class Initialisation {
    private static final double SCALE = 1e-4;

    private Initialisation() {
    }

    static double[] of(TsneOptions options, float[] data, int n, int dimension, Progress progress) {
        int dims = options.dims();
        double[] y = new double[n * dims];
        if (options.init() == TsneOptions.Init.RANDOM) {
            SplittableRandom random = new SplittableRandom(options.seed());
            for (int i = 0; i < y.length; i++) {
                y[i] = gaussian(random) * SCALE;
            }
            return y;
        }
        float[] rows = options.metric() == Metric.COSINE ? RowNorms.unitRows(data, n, dimension, dimension) : data;
        int[] components = IntStream.range(0, Math.min(dims, dimension)).toArray();
        PcaResult pca = Pca.fit(rows, n, dimension, components, Progress.NONE);
        progress.checkCancelled();
        float[] c = pca.coordinates();
        int width = components.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += c[i * width];
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += (c[i * width] - mean) * (c[i * width] - mean);
        }
        double std = Math.sqrt(variance / n);
        double scale = std > 0 ? SCALE / std : SCALE;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < width; d++) {
                y[i * dims + d] = c[i * width + d] * scale;
            }
        }
        return y;
    }

    /** Box-Muller from the seeded generator, so the start is the same on every JVM. */
    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
