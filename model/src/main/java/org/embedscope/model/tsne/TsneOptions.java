package org.embedscope.model.tsne;

import org.embedscope.model.Metric;
import org.embedscope.model.knn.KnnGraph;

/**
 * Settings of one t-SNE run. {@link #defaults()} follows scikit-learn's TSNE except that the
 * input metric defaults to cosine: 2D, perplexity 30, learning rate "auto"
 * (max(n / earlyExaggeration / 4, 50)), 1000 iterations of which the first 250 use early
 * exaggeration 12 and momentum 0.5 (then 0.8), PCA initialisation, Barnes-Hut angle 0.5.
 *
 * @param learningRate        a positive rate, or NaN for "auto"
 * @param theta               Barnes-Hut accuracy (0 = exact, larger = faster and coarser)
 * @param neighbours          how input neighbours are found
 * @param snapshotMillis      minimum time between two listener calls
 * @param repulsion           how the repulsive forces are summed
 */
public record TsneOptions(int dims, double perplexity, double learningRate, int iterations,
                          double earlyExaggeration, int exaggerationIterations, long seed, Init init,
                          Metric metric, double theta, Neighbours neighbours, long snapshotMillis,
                          Repulsion repulsion) {

    /** How the map starts. */
    public enum Init {
        /** The first principal components of the input, scaled to a standard deviation of 1e-4. */
        PCA,
        /** Gaussian noise with standard deviation 1e-4 drawn from the seed. */
        RANDOM
    }

    /** How the k = 3 * perplexity input neighbours are found. */
    public enum Neighbours {
        /** Exact up to {@link #EXACT_LIMIT} points, approximate above. */
        AUTO,
        EXACT,
        /** Random-projection forest plus neighbour-of-neighbour refinement. */
        APPROXIMATE;

        public static final int EXACT_LIMIT = 50_000;
    }

    /** How the repulsive forces, a sum over all pairs of points, are approximated. */
    public enum Repulsion {
        /**
         * For 2D maps of at least {@link #FFT_FROM} points, FFT interpolation while the map is narrow
         * (early on, when its points are packed densely, which is when Barnes-Hut is slowest) and
         * Barnes-Hut once it is wide (the grid's cost grows with the map's area); Barnes-Hut for all
         * other maps.
         */
        AUTO,
        BARNES_HUT,
        /** Interpolation on a grid with FFT convolution; 2D maps only. */
        FFT;

        /**
         * Below this many points Barnes-Hut's tree is cheaper than the FFT's grid, whose cost depends
         * on the map's width rather than on the number of points.
         */
        public static final int FFT_FROM = 20_000;

        /**
         * The choice for a run of n points in {@code dims} dimensions: BARNES_HUT or FFT for every
         * iteration, or AUTO to choose by the map's width at each.
         */
        public Repulsion resolve(int n, int dims) {
            return this == AUTO && (dims != 2 || n < FFT_FROM) ? BARNES_HUT : this;
        }
    }

    public TsneOptions {
        if (repulsion == null) {
            throw new IllegalArgumentException("t-SNE needs a repulsion method");
        }
        if (repulsion == Repulsion.FFT && dims != 2) {
            throw new IllegalArgumentException("FFT repulsion is for 2D maps; use Barnes-Hut for 3D");
        }
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("t-SNE maps to 2 or 3 dimensions, not " + dims);
        }
        if (!(perplexity >= 1)) {
            throw new IllegalArgumentException("perplexity must be at least 1, got " + perplexity);
        }
        if (!Double.isNaN(learningRate) && !(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive or auto, got " + learningRate);
        }
        if (iterations < 0 || exaggerationIterations < 0) {
            throw new IllegalArgumentException("iteration counts must not be negative");
        }
        if (!(earlyExaggeration >= 1)) {
            throw new IllegalArgumentException("early exaggeration must be at least 1, got " + earlyExaggeration);
        }
        if (!KnnGraph.METRICS.contains(metric)) {
            throw new IllegalArgumentException("t-SNE measures input distances by " + Metric.names(Metric.COSINE,
                    Metric.EUCLIDEAN) + ", not " + metric.id());
        }
        if (!(theta >= 0) || theta > 1.5) {
            throw new IllegalArgumentException("theta must be in [0, 1.5], got " + theta);
        }
    }

    public static TsneOptions defaults() {
        return new TsneOptions(2, 30, Double.NaN, 1000, 12, 250, 0, Init.PCA, Metric.COSINE, 0.5,
                Neighbours.AUTO, 200, Repulsion.AUTO);
    }

    public TsneOptions withDims(int value) {
        return new TsneOptions(value, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withPerplexity(double value) {
        return new TsneOptions(dims, value, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    /** NaN selects "auto". */
    public TsneOptions withLearningRate(double value) {
        return new TsneOptions(dims, perplexity, value, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withIterations(int value) {
        return new TsneOptions(dims, perplexity, learningRate, value, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withEarlyExaggeration(double factor, int forIterations) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, factor,
                forIterations, seed, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withSeed(long value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, value, init, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withInit(Init value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, value, metric, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withMetric(Metric value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, value, theta, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withTheta(double value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, value, neighbours, snapshotMillis, repulsion);
    }

    public TsneOptions withNeighbours(Neighbours value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, value, snapshotMillis, repulsion);
    }

    public TsneOptions withSnapshotMillis(long value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, value, repulsion);
    }

    public TsneOptions withRepulsion(Repulsion value) {
        return new TsneOptions(dims, perplexity, learningRate, iterations, earlyExaggeration,
                exaggerationIterations, seed, init, metric, theta, neighbours, snapshotMillis, value);
    }

    /** The number of input neighbours used, as in scikit-learn: min(n - 1, 3 * perplexity + 1). */
    public int neighbourCount(int points) {
        return Math.min(points - 1, (int) (3 * perplexity + 1));
    }

    /** The learning rate for n points, resolving "auto". */
    public double learningRateFor(int points) {
        return Double.isNaN(learningRate) ? Math.max(points / earlyExaggeration / 4, 50) : learningRate;
    }
}
