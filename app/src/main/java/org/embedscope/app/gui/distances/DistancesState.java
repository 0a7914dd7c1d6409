package org.embedscope.app.gui.distances;

import org.embedscope.model.Metric;
import org.embedscope.model.distance.DistanceSource;

/**
 * The Distances panel's inputs: where the points come from, how distance is measured, at how many
 * dimensions, and the sample: {@code sampleWords} words drawn from the {@code fromMostFrequent}
 * most frequent, {@code pairs} random pairs among them, all following {@code seed}.
 */
public record DistancesState(DistanceSource source, Metric metric, int dims, int sampleWords,
        int fromMostFrequent, int pairs, long seed) {
    public static final DistancesState DEFAULT =
            new DistancesState(DistanceSource.PCA, Metric.COSINE, 100, 1000, 10_000, 20_000, 1);
}
