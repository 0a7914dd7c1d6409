package org.embedscope.model.simd;

import org.embedscope.model.numeric.CosMul;

/**
 * The scalar step of {@link SearchKernels#combineAdd} and {@link SearchKernels#combineMul} for rows
 * {@code [from, to)} of one question: the plain kernels run it on every row, the Vector API ones on
 * the rows of a vector that may hold a hit. Offers each row whose upper bound reaches the question's
 * threshold.
 */
final class CombineRows {
    private CombineRows() {
    }

    static void add(float[] scores, int a, int b, int c, int from, int to, int firstRow, float scale, float bound,
            int question, QuestionSink sink) {
        float[] thresholds = sink.thresholds();
        for (int r = from; r < to; r++) {
            float x = (scores[b + r] - scores[a + r] + scores[c + r]) * scale;
            if (x + bound >= thresholds[question]) {
                sink.offer(question, firstRow + r, x - bound, x + bound);
            }
        }
    }

    static void mul(float[] scores, int a, int b, int c, int from, int to, int firstRow, float radius, int question,
            QuestionSink sink) {
        float[] thresholds = sink.thresholds();
        for (int r = from; r < to; r++) {
            float upper = CosMul.upper(scores[a + r], scores[b + r], scores[c + r], radius);
            if (upper >= thresholds[question]) {
                sink.offer(question, firstRow + r, CosMul.lower(scores[a + r], scores[b + r], scores[c + r], radius),
                        upper);
            }
        }
    }
}
