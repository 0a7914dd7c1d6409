package org.embedscope.app.gui.bench;

import java.util.Arrays;

/**
 * Frame times of one kind of motion, in milliseconds, and their nearest-rank percentiles: to the frame
 * on screen, and to the start of the pulse that drew it (the rest is the toolkit's rendering).
 */
public final class FrameTimes {
    private double[] millis = new double[0];
    private double[] toPulse = new double[0];

    void add(long nanos, long toPulseNanos) {
        millis = append(millis, nanos / 1e6);
        toPulse = append(toPulse, toPulseNanos / 1e6);
    }

    private static double[] append(double[] values, double value) {
        double[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    public int count() {
        return millis.length;
    }

    /** The nearest-rank percentile {@code p} (0 to 100); NaN without samples. */
    public double percentile(double p) {
        return percentile(millis, p);
    }

    /** The same for the time from the input to the start of the pulse that carried its frame to the screen. */
    public double toPulsePercentile(double p) {
        return percentile(toPulse, p);
    }

    private static double percentile(double[] millis, double p) {
        if (millis.length == 0) {
            return Double.NaN;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
