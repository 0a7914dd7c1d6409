package org.embedscope.model.simd;

/**
 * Interval arithmetic for the 3CosMul score {@code pb * pc / (pa + EPSILON)} with
 * {@code p = (1 + cos) / 2}, given float cosines that are each off by at most a known bound.
 * gensim's {@code most_similar_cosmul} shifts cosines to [0, 1] this way (Levy and Goldberg 2014,
 * footnote 7) and adds 1e-6 to the denominator; the true p is in [0, 1], so the bounds are clamped
 * there, and the results are widened by a relative 1e-6 to cover the float rounding of the few
 * operations that compute them.
 */
public final class CosMulBounds {
    /** gensim's denominator guard. */
    public static final float EPSILON = 1e-6f;
    static final float WIDEN_UP = 1 + 1e-6f;
    static final float WIDEN_DOWN = 1 - 1e-6f;
    /** Rounding of {@code (1 + c) / 2} for |c| slightly above 1. */
    static final float SHIFT_ROUNDING = 2.4e-7f;

    private CosMulBounds() {
    }

    /** Half-width of p's interval for a cosine bound. */
    public static float pRadius(float cosineBound) {
        return 0.5f * cosineBound + SHIFT_ROUNDING;
    }

    public static float upper(float ca, float cb, float cc, float radius) {
        float paLow = Math.max(0f, 0.5f * (1 + ca) - radius);
        float pbHigh = Math.min(1f, 0.5f * (1 + cb) + radius);
        float pcHigh = Math.min(1f, 0.5f * (1 + cc) + radius);
        return pbHigh * pcHigh / (paLow + EPSILON) * WIDEN_UP;
    }

    public static float lower(float ca, float cb, float cc, float radius) {
        float paHigh = Math.min(1f, 0.5f * (1 + ca) + radius);
        float pbLow = Math.max(0f, 0.5f * (1 + cb) - radius);
        float pcLow = Math.max(0f, 0.5f * (1 + cc) - radius);
        return pbLow * pcLow / (paHigh + EPSILON) * WIDEN_DOWN;
    }
}
