package org.embedscope.model;

/**
 * A query vector that cannot rank words: zero under a metric that needs a direction (cosine, dot),
 * or with an overflowed or NaN value. Answering anyway would list arbitrary words with equal scores.
 */
public final class DegenerateQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DegenerateQueryException(String message) {
        super(message);
    }

    /** The query's vector is not usable under {@code metric}, or null when it is. */
    public static DegenerateQueryException check(String what, double[] vector, Metric metric) {
        double sumOfSquares = 0;
        double largest = 0;
        for (double v : vector) {
            if (!Double.isFinite(v)) {
                return new DegenerateQueryException(what + " has an infinite or NaN value (the numbers overflow),"
                        + " so it cannot be compared with the words");
            }
            largest = Math.max(largest, Math.abs(v));
        }
        // Scaled by the largest value so that the check itself cannot overflow.
        for (double v : vector) {
            double scaled = largest == 0 ? 0 : v / largest;
            sumOfSquares += scaled * scaled;
        }
        boolean needsDirection = metric == Metric.COSINE || metric == Metric.DOT;
        if (needsDirection && (largest == 0 || sumOfSquares == 0)) {
            return new DegenerateQueryException(what + " is the zero vector, so every word scores the same under "
                    + metric.id() + "; an expression such as 'x - x' or '0 * x' has no direction");
        }
        if (largest > 1e150) {
            return new DegenerateQueryException(what + " is too large to compare with the words (the numbers overflow)");
        }
        return null;
    }
}
