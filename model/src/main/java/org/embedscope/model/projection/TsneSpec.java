package org.embedscope.model.projection;

import org.embedscope.model.Metric;
import org.embedscope.model.tsne.TsneOptions;

/**
 * Barnes-Hut t-SNE with scikit-learn's defaults (see {@link TsneOptions#defaults()}).
 *
 * @param learningRate a positive rate, or {@link #AUTO_LEARNING_RATE} for max(N / 12 / 4, 50)
 * @param metric       input distance: cosine or euclidean
 * @param repulsion    how the repulsive forces are summed (auto: by size)
 */
public record TsneSpec(int dims, double perplexity, double learningRate, int iterations, long seed, Metric metric,
                       TsneOptions.Init init, double theta, TsneOptions.Neighbours neighbours,
                       TsneOptions.Repulsion repulsion) implements ProjectionSpec {
    public static final double AUTO_LEARNING_RATE = 0;

    public TsneSpec {
        ProjectionSpec.requireDims(dims);
        if (metric == null || init == null || neighbours == null || repulsion == null) {
            throw new InvalidProjectionException("t-SNE needs a metric, an initialisation, a neighbour search and a"
                    + " repulsion method");
        }
        try {
            toOptions(dims, perplexity, learningRate, iterations, seed, metric, init, theta, neighbours, repulsion);
        } catch (IllegalArgumentException e) {
            throw new InvalidProjectionException(e.getMessage());
        }
    }

    /** A spec whose repulsion method is chosen by size. */
    public TsneSpec(int dims, double perplexity, double learningRate, int iterations, long seed, Metric metric,
                    TsneOptions.Init init, double theta, TsneOptions.Neighbours neighbours) {
        this(dims, perplexity, learningRate, iterations, seed, metric, init, theta, neighbours,
                TsneOptions.Repulsion.AUTO);
    }

    public static TsneSpec defaults(int dims) {
        TsneOptions d = TsneOptions.defaults();
        return new TsneSpec(dims, d.perplexity(), AUTO_LEARNING_RATE, d.iterations(), d.seed(), d.metric(), d.init(),
                d.theta(), d.neighbours(), d.repulsion());
    }

    public TsneSpec withPerplexity(double value) {
        return new TsneSpec(dims, value, learningRate, iterations, seed, metric, init, theta, neighbours, repulsion);
    }

    public TsneSpec withIterations(int value) {
        return new TsneSpec(dims, perplexity, learningRate, value, seed, metric, init, theta, neighbours, repulsion);
    }

    public TsneSpec withSeed(long value) {
        return new TsneSpec(dims, perplexity, learningRate, iterations, value, metric, init, theta, neighbours, repulsion);
    }

    /**
     * t-SNE looks at 3 * perplexity neighbours of each word, so it needs more than three times the
     * perplexity in words (scikit-learn refuses perplexity >= N; a third keeps every neighbour list real).
     */
    @Override
    public void validateFor(int points, int dimension) {
        if (points < 4) {
            throw new InvalidProjectionException("t-SNE needs at least 4 words, not " + points);
        }
        if (3 * perplexity >= points) {
            throw new InvalidProjectionException(String.format(
                    "perplexity %s is too high for %,d words: it must be below a third of them (at most %s)",
                    format(perplexity), points, format(Math.floor((points - 1) / 3.0))));
        }
    }

    /** The engine's options for this spec. */
    public TsneOptions options() {
        return toOptions(dims, perplexity, learningRate, iterations, seed, metric, init, theta, neighbours, repulsion);
    }

    private static TsneOptions toOptions(int dims, double perplexity, double learningRate, int iterations, long seed,
            Metric metric, TsneOptions.Init init, double theta, TsneOptions.Neighbours neighbours,
            TsneOptions.Repulsion repulsion) {
        return TsneOptions.defaults().withDims(dims).withPerplexity(perplexity)
                .withLearningRate(learningRate == AUTO_LEARNING_RATE ? Double.NaN : learningRate)
                .withIterations(iterations).withSeed(seed).withMetric(metric).withInit(init).withTheta(theta)
                .withNeighbours(neighbours).withRepulsion(repulsion);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
