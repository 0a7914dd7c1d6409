package org.embedscope.render.chart;

import javafx.scene.paint.Color;

/** One distribution of a {@link Histogram}: its name for the legend, its colour and a count per bin. */
public record HistogramSeries(String name, Color color, int[] counts) {
    public HistogramSeries {
        counts = counts.clone();
    }

    public long total() {
        long sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The share of this series in a bin, 0..1 (0 for an empty series). */
    public double share(int bin) {
        long total = total();
        return total == 0 ? 0 : counts[bin] / (double) total;
    }
}
