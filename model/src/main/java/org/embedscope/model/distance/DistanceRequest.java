package org.embedscope.model.distance;

import java.util.List;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;

/**
 * What to measure: {@code sampleSize} words drawn from the {@code pool} most frequent (rows 0..pool-1),
 * {@code pairs} random pairs among them, at {@code dims} dimensions of {@code source}, by {@code metric}
 * (cosine distance 1 - cos, or euclidean), and the same measure for each of {@code sweepDims}.
 * Everything random follows {@code seed}.
 */
public record DistanceRequest(DistanceSource source, Metric metric, int dims, int pool, int sampleSize, int pairs,
        long seed, int bins, List<Integer> sweepDims) {
    public static final int MIN_SAMPLE = 3;
    public static final int MAX_SAMPLE = 5000;
    public static final int MAX_PAIRS = 1_000_000;

    public DistanceRequest {
        if (source == null || metric == null) {
            throw new InvalidDistanceRequestException("choose a source and a metric");
        }
        if (metric != Metric.COSINE && metric != Metric.EUCLIDEAN) {
            throw new InvalidDistanceRequestException("distances are measured by cosine or euclidean, not " + metric.id());
        }
        if (dims < 1) {
            throw new InvalidDistanceRequestException("the number of dimensions must be at least 1, not " + dims);
        }
        if (sampleSize < MIN_SAMPLE || sampleSize > MAX_SAMPLE) {
            throw new InvalidDistanceRequestException("the number of sample words must be between " + MIN_SAMPLE + " and "
                    + MAX_SAMPLE + ", not " + sampleSize);
        }
        if (pool < sampleSize) {
            throw new InvalidDistanceRequestException("cannot draw " + sampleSize + " sample words from the " + pool
                    + " most frequent: draw from at least as many as you sample");
        }
        if (pairs < 1 || pairs > MAX_PAIRS) {
            throw new InvalidDistanceRequestException("the number of random pairs must be between 1 and " + MAX_PAIRS
                    + ", not " + pairs);
        }
        if (bins < 1 || bins > 1000) {
            throw new InvalidDistanceRequestException("the number of bins must be between 1 and 1000, not " + bins);
        }
        sweepDims = List.copyOf(sweepDims);
        for (int d : sweepDims) {
            if (d < 1) {
                throw new InvalidDistanceRequestException("a sweep dimension must be at least 1, not " + d);
            }
        }
    }

    /** The largest dimension the source offers for this store (random points are not limited by it). */
    public static int maxDims(DistanceSource source, VectorStore store) {
        return source == DistanceSource.RANDOM ? Math.max(1000, store.dimension()) : store.dimension();
    }

    /** Refuses, in a sentence, what this store cannot give: too few words, too many dimensions. */
    public void validateFor(VectorStore store) {
        int max = maxDims(source, store);
        if (dims > max) {
            throw new InvalidDistanceRequestException("these vectors have " + store.dimension() + " dimensions, so "
                    + dims + " is too many: choose 1 to " + max);
        }
        if (source != DistanceSource.RANDOM && pool > store.size()) {
            throw new InvalidDistanceRequestException("the vocabulary has " + store.size() + " words, fewer than the "
                    + pool + " to draw from");
        }
        for (int d : sweepDims) {
            if (d > max) {
                throw new InvalidDistanceRequestException("a sweep dimension of " + d + " is more than the " + max
                        + " available");
            }
        }
    }

    /** The sweep's dimensions: 2, 5, 10, 20, 50, 100, 200, 500... below {@code max}, then {@code max} itself. */
    public static List<Integer> defaultSweep(int max) {
        List<Integer> dims = new java.util.ArrayList<>();
        int[] steps = {1, 2, 5};
        for (long scale = 1; scale <= max; scale *= 10) {
            for (int step : steps) {
                long d = step * scale;
                if (d >= 2 && d < max) {
                    dims.add((int) d);
                }
            }
        }
        dims.add(max);
        return dims;
    }
}
