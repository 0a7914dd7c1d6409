package org.embedscope.model.umap;

import org.embedscope.model.numeric.CounterRandom;
import java.util.stream.IntStream;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.projection.Pca;

/**
 * The map UMAP's optimisation starts from: the spectral layout of the graph when the graph is
 * connected and the eigenvectors converge, else the first principal components of the vectors (on
 * unit rows for the cosine metric). Either is scaled into umap-learn's box, [0, 10] on every axis, plus
 * a tiny seeded jitter so that duplicate vectors do not start on one spot.
 */
final class InitialLayout {
    static final double BOX = 10;
    private static final double JITTER = 1e-4;
    /** Rounds of subspace iteration before giving up on the spectral start. */
    static final int SPECTRAL_ROUNDS = 60;

    /** @param spectral whether the spectral layout was used (else PCA) */
    record Start(float[] positions, boolean spectral) {
    }

    private InitialLayout() {
    }

    static Start of(UmapGraph graph, float[] data, int dimension, Metric metric, int dims, long seed,
            Progress progress) {
        int n = graph.points();
        double[] coordinates = Components.count(graph) == 1
                ? SpectralLayout.of(graph, dims, SPECTRAL_ROUNDS, seed, progress) : null;
        boolean spectral = coordinates != null;
        if (!spectral) {
            coordinates = principalComponents(data, n, dimension, metric, dims);
        }
        progress.checkCancelled();
        return new Start(scaled(coordinates, n, dims, seed), spectral);
    }

    private static double[] principalComponents(float[] data, int n, int dimension, Metric metric, int dims) {
        float[] rows = metric == Metric.COSINE ? RowNorms.unitRows(data, n, dimension, dimension) : data;
        int width = Math.min(dims, dimension);
        float[] c = Pca.fit(rows, n, dimension, IntStream.range(0, width).toArray(), Progress.NONE).coordinates();
        double[] out = new double[n * dims];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < width; d++) {
                out[i * dims + d] = c[i * width + d];
            }
        }
        return out;
    }

    /** Each coordinate min-max scaled to [0, BOX], as umap-learn scales its start before optimising. */
    private static float[] scaled(double[] coordinates, int n, int dims, long seed) {
        float[] out = new float[n * dims];
        for (int d = 0; d < dims; d++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, coordinates[i * dims + d]);
                max = Math.max(max, coordinates[i * dims + d]);
            }
            double factor = max > min ? BOX / (max - min) : 1;
            for (int i = 0; i < n; i++) {
                double jitter = JITTER * (CounterRandom.unit(seed, -2, i, d) - 0.5);
                out[i * dims + d] = (float) ((coordinates[i * dims + d] - min) * factor + jitter);
            }
        }
        return out;
    }
}
