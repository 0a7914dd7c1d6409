package org.embedscope.model.numeric;

/**
 * The one definition of 3CosMul as gensim's {@code most_similar_cosmul} computes it (Levy and
 * Goldberg 2014, footnote 7): each cosine shifted to {@code p = (1 + cos) / 2} in [0, 1], then
 * {@code pb * pc / (pa + EPSILON)}. {@link #score} is the exact score in double; {@link #lower} and
 * {@link #upper} are the same formula in float interval arithmetic, for cosines that are each off
 * by at most a known bound: the true p is in [0, 1], so each interval is clamped there, and the
 * results are widened by a relative 1e-6 to cover the float rounding of their few operations. The
 * Vector API kernel evaluates {@link #upper} lane-wise with these same steps and constants.
 */
public final class CosMul {
    /** gensim's denominator guard. */
    public static final double EPSILON = 1e-6;
    /** {@link #EPSILON} for the float bounds. */
    public static final float EPSILON_FLOAT = (float) EPSILON;
    public static final float WIDEN_UP = 1 + 1e-6f;
    public static final float WIDEN_DOWN = 1 - 1e-6f;
    /** Rounding of {@code (1 + c) / 2} for |c| slightly above 1. */
    private static final float SHIFT_ROUNDING = 2.4e-7f;

    private CosMul() {
    }

    /** {@code (1 + cos) / 2}: a cosine moved to [0, 1]. */
    public static double shift(double cosine) {
        return (1 + cosine) / 2;
    }

    /** The exact score from the cosines of a candidate with a, b and c. */
    public static double score(double cosA, double cosB, double cosC) {
        return shift(cosB) * shift(cosC) / (shift(cosA) + EPSILON);
    }

    /** Half-width of p's interval for a cosine bound. */
    public static float pRadius(float cosineBound) {
        return 0.5f * cosineBound + SHIFT_ROUNDING;
    }

    /** An upper bound of the score for cosines within {@code radius} (from {@link #pRadius}) in p. */
    public static float upper(float cosA, float cosB, float cosC, float radius) {
        return combine(low(cosA, radius), high(cosB, radius), high(cosC, radius)) * WIDEN_UP;
    }

    /** A lower bound of the score for cosines within {@code radius} (from {@link #pRadius}) in p. */
    public static float lower(float cosA, float cosB, float cosC, float radius) {
        return combine(high(cosA, radius), low(cosB, radius), low(cosC, radius)) * WIDEN_DOWN;
    }

    private static float low(float cosine, float radius) {
        return Math.max(0f, 0.5f * (1 + cosine) - radius);
    }

    private static float high(float cosine, float radius) {
        return Math.min(1f, 0.5f * (1 + cosine) + radius);
    }

    private static float combine(float pa, float pb, float pc) {
        return pb * pc / (pa + EPSILON_FLOAT);
    }
}
