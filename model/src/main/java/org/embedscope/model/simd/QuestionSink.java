package org.embedscope.model.simd;

/** Receives rows of a batched bounded pass that may belong to a question's best ones. */
public interface QuestionSink {
    /** Per question, the bound below which a row cannot be among its best; entries only grow. */
    float[] thresholds();

    /** A row whose upper bound reached the question's threshold. */
    void offer(int question, int row, float lower, float upper);
}
