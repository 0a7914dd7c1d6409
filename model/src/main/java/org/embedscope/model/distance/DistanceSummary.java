package org.embedscope.model.distance;

/**
 * The two distributions in numbers: mean and standard deviation (divided by n - 1) of the random-pair
 * and the nearest-neighbour distances, and the relative contrast, the mean random-pair distance divided
 * by the mean nearest-neighbour distance: how many times farther a random word is than the nearest
 * one (infinite when every nearest distance is 0).
 */
public record DistanceSummary(int dims, double meanRandom, double sdRandom, double meanNearest, double sdNearest) {
    public double contrast() {
        return meanNearest > 0 ? meanRandom / meanNearest : Double.POSITIVE_INFINITY;
    }

    static DistanceSummary of(int dims, double[] randomPairs, double[] nearest) {
        return new DistanceSummary(dims, mean(randomPairs), sd(randomPairs), mean(nearest), sd(nearest));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double sd(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
