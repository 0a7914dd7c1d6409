package org.embedscope.model.distance;

/**
 * Two distance distributions counted over the same bins: {@code bins} equal bins from 0 to
 * {@code upper} (the largest distance of either, so nothing falls outside); bin i holds distances in
 * {@code [i, i + 1) * upper / bins}, the last bin also its upper edge.
 */
public record DistanceHistogram(double upper, int[] randomPairs, int[] nearest) {
    public int bins() {
        return randomPairs.length;
    }

    public double binWidth() {
        return upper / bins();
    }

    static DistanceHistogram of(double[] randomPairs, double[] nearest, int bins) {
        double upper = Math.max(max(randomPairs), max(nearest));
        if (!(upper > 0)) {
            upper = 1;
        }
        return new DistanceHistogram(upper, count(randomPairs, upper, bins), count(nearest, upper, bins));
    }

    private static int[] count(double[] values, double upper, int bins) {
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) (v / upper * bins))]++;
        }
        return counts;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
