package org.embedscope.model.projection;

import org.embedscope.model.Metric;
import org.embedscope.model.knn.KnnGraph;

/**
 * UMAP (McInnes, Healy and Melville 2018) with umap-learn's defaults (15 neighbours, minimum
 * distance 0.1, spread 1, spectral initialisation, 200 epochs above 10,000 words and 500 up to it)
 * except one: the repulsion strength. umap-learn's 1 gives maps whose local neighbourhoods are
 * clearly less faithful than t-SNE's; pushing harder moves UMAP along the attraction-repulsion
 * spectrum towards t-SNE (Boehm, Berens and Kobak 2022) at no cost in time, while the global layout
 * stays UMAP's. 1 gives umap-learn's maps.
 *
 * @param neighbours how many nearest neighbours define each word's fuzzy neighbourhood
 * @param minDist    how tightly points may pack on the map, in [0, spread]
 * @param spread     the scale of the map's distances; with minDist it fixes the a, b curve
 * @param repulsion  umap-learn's repulsion_strength: the weight of the push from each negative sample
 * @param epochs     optimisation epochs, or {@link #AUTO_EPOCHS}
 * @param metric     input distance: cosine or euclidean
 */
public record UmapSpec(int dims, int neighbours, double minDist, double spread, double repulsion, int epochs, long seed,
                       Metric metric)
        implements ProjectionSpec {
    public static final int DEFAULT_NEIGHBOURS = 15;
    public static final double DEFAULT_MIN_DIST = 0.1;
    public static final double DEFAULT_SPREAD = 1.0;
    public static final double DEFAULT_REPULSION = 8.0;
    /** The strength of every UMAP map made before the setting existed, and umap-learn's default. */
    public static final double UMAP_LEARN_REPULSION = 1.0;
    public static final double MAX_REPULSION = 100;
    public static final int AUTO_EPOCHS = 0;
    /** umap-learn's rule: small sets get more epochs. */
    public static final int SMALL_SET = 10_000;
    public static final int MAX_EPOCHS = 100_000;

    public UmapSpec {
        ProjectionSpec.requireDims(dims);
        if (metric == null || !KnnGraph.METRICS.contains(metric)) {
            throw new InvalidProjectionException("UMAP compares words by cosine or euclidean distance, not "
                    + (metric == null ? "nothing" : metric.id()));
        }
        if (neighbours < 2) {
            throw new InvalidProjectionException("UMAP needs at least 2 neighbours per word, not " + neighbours);
        }
        if (!(spread > 0) || Double.isInfinite(spread)) {
            throw new InvalidProjectionException("UMAP's spread must be a positive number, not " + spread);
        }
        if (!(minDist >= 0) || minDist > spread) {
            throw new InvalidProjectionException("UMAP's minimum distance must be between 0 and the spread ("
                    + format(spread) + "), not " + format(minDist));
        }
        if (!(repulsion > 0) || repulsion > MAX_REPULSION) {
            throw new InvalidProjectionException("UMAP's repulsion strength must be above 0 and at most "
                    + format(MAX_REPULSION) + ", not " + format(repulsion));
        }
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new InvalidProjectionException("UMAP's epochs must be between 1 and " + MAX_EPOCHS
                    + " (or 0 for auto), not " + epochs);
        }
    }

    public static UmapSpec defaults(int dims) {
        return new UmapSpec(dims, DEFAULT_NEIGHBOURS, DEFAULT_MIN_DIST, DEFAULT_SPREAD, DEFAULT_REPULSION, AUTO_EPOCHS, 0,
                Metric.COSINE);
    }

    public UmapSpec withNeighbours(int value) {
        return new UmapSpec(dims, value, minDist, spread, repulsion, epochs, seed, metric);
    }

    public UmapSpec withMinDist(double value) {
        return new UmapSpec(dims, neighbours, value, spread, repulsion, epochs, seed, metric);
    }

    public UmapSpec withRepulsion(double value) {
        return new UmapSpec(dims, neighbours, minDist, spread, value, epochs, seed, metric);
    }

    public UmapSpec withEpochs(int value) {
        return new UmapSpec(dims, neighbours, minDist, spread, repulsion, value, seed, metric);
    }

    public UmapSpec withSeed(long value) {
        return new UmapSpec(dims, neighbours, minDist, spread, repulsion, epochs, value, metric);
    }

    /** The epochs a run of {@code points} words makes. */
    public int epochsFor(int points) {
        return epochs != AUTO_EPOCHS ? epochs : points <= SMALL_SET ? 500 : 200;
    }

    @Override
    public void validateFor(int points, int dimension) {
        if (points < 3) {
            throw new InvalidProjectionException("UMAP needs at least 3 words, not " + points);
        }
        if (neighbours >= points) {
            throw new InvalidProjectionException(String.format(
                    "UMAP's %d neighbours are too many for %,d words: they must be fewer than the words (at most %,d)",
                    neighbours, points, points - 1));
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
