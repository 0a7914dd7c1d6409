package org.embedscope.model.simd;

/** Receives rows of a bounded first pass that may belong to the best ones. */
public interface BoundSink {
    /** Rows whose upper bound is below this cannot be among the best; it only grows. */
    float threshold();

    /**
     * A row whose upper bound reached the threshold.
     *
     * @return the threshold after taking the row into account
     */
    float offer(int row, float lower, float upper);
}
