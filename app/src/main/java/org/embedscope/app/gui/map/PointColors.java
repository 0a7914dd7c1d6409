package org.embedscope.app.gui.map;

/**
 * Colours for points. Frequent words are drawn brighter and warmer so the dense core of common
 * vocabulary stands out from the long tail of rare words.
 */
final class PointColors {
    private static final int[][] RAMP = {
        {255, 238, 190},  // most frequent: warm white
        {110, 214, 255},  // light blue
        {80, 140, 245},
        {120, 90, 215},   // rarest: violet
    };

    private PointColors() {
    }

    /** Straight-alpha ARGB per point by the frequency rank of its store row. */
    static int[] byRank(int[] rows, int storeSize) {
        int[] colors = new int[rows.length];
        double logMax = Math.log1p(Math.max(storeSize, 2));
        for (int i = 0; i < rows.length; i++) {
            double t = Math.log1p(rows[i]) / logMax;
            colors[i] = ramp(t, 0.9 - 0.35 * t);
        }
        return colors;
    }

    static int ramp(double t, double alpha) {
        double position = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int lower = Math.min((int) position, RAMP.length - 2);
        double f = position - lower;
        int r = (int) Math.round(RAMP[lower][0] + f * (RAMP[lower + 1][0] - RAMP[lower][0]));
        int g = (int) Math.round(RAMP[lower][1] + f * (RAMP[lower + 1][1] - RAMP[lower][1]));
        int b = (int) Math.round(RAMP[lower][2] + f * (RAMP[lower + 1][2] - RAMP[lower][2]));
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
