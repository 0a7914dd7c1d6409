package org.embedscope.render.scatter;

import java.util.Arrays;

/**
 * The box holding the bulk of a 2D point set: from the 0.2nd to the 99.8th percentile on each axis
 * (of a sample of at most 20,000 points), so that a few outliers do not shrink the whole map.
 */
record PercentileBox(double minX, double maxX, double minY, double maxY) {
    private static final int SAMPLE = 20_000;

    /** The box of the non-NaN points among the first {@code count} of {@code xy}, or null when there are none. */
    static PercentileBox of(float[] xy, int count) {
        int step = Math.max(1, count / SAMPLE);
        float[] xs = new float[(count + step - 1) / step];
        float[] ys = new float[xs.length];
        int m = 0;
        for (int i = 0; i < count; i += step) {
            if (!Float.isNaN(xy[2 * i]) && !Float.isNaN(xy[2 * i + 1])) {
                xs[m] = xy[2 * i];
                ys[m] = xy[2 * i + 1];
                m++;
            }
        }
        if (m == 0) {
            return null;
        }
        Arrays.sort(xs, 0, m);
        Arrays.sort(ys, 0, m);
        int lo = m >= 500 ? m / 500 : 0;
        int hi = m - 1 - lo;
        return new PercentileBox(xs[lo], xs[hi], ys[lo], ys[hi]);
    }
}
