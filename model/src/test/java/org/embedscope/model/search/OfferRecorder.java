package org.embedscope.model.search;

import org.embedscope.model.simd.BoundSink;

/** A sink that never raises its threshold: per row, the last lower and upper bound offered and how often. */
final class OfferRecorder implements BoundSink {
    /** {@code seen[row]} = lower, upper, times offered. */
    final float[][] seen;

    OfferRecorder(int rows) {
        seen = new float[rows][3];
    }

    @Override
    public float threshold() {
        return Float.NEGATIVE_INFINITY;
    }

    @Override
    public float offer(int row, float lower, float upper) {
        seen[row][0] = lower;
        seen[row][1] = upper;
        seen[row][2]++;
        return Float.NEGATIVE_INFINITY;
    }
}
