package org.embedscope.model.eval;

import java.util.Arrays;
import java.util.List;
import org.embedscope.model.numeric.TopK;
import org.embedscope.model.simd.QuestionSink;

/**
 * Per question, the rows of a batched first pass that may be among its best {@code keep}: the
 * {@code keep} best lower bounds (their minimum is the question's threshold) and every offered row
 * with its upper bound. Rows at or past the restriction and the question's own inputs are ignored.
 * Threads may share one instance as long as each question is only touched by one thread.
 */
final class QuestionCandidates implements QuestionSink {
    private final int rowLimit;
    private final int[] inputs;
    private final float[] thresholds;
    /** Per question, the best {@code keep} lower bounds: their worst is the question's threshold. */
    private final TopK lowers;
    private final int[][] rows;
    private final float[][] uppers;
    private final int[] counts;

    /** @param inputs three rows per question, never offered as answers */
    QuestionCandidates(int questions, int keep, int rowLimit, int[] inputs) {
        this.rowLimit = rowLimit;
        this.inputs = inputs;
        this.lowers = new TopK(questions, keep);
        this.thresholds = new float[questions];
        for (int q = 0; q < questions; q++) {
            thresholds[q] = lowers.threshold(q);
        }
        this.rows = new int[questions][];
        this.uppers = new float[questions][];
        this.counts = new int[questions];
    }

    @Override
    public float[] thresholds() {
        return thresholds;
    }

    @Override
    public void offer(int question, int row, float lower, float upper) {
        int in = 3 * question;
        if (row >= rowLimit || row == inputs[in] || row == inputs[in + 1] || row == inputs[in + 2]) {
            return;
        }
        append(question, row, upper);
        lowers.offer(question, row, lower);
        thresholds[question] = lowers.threshold(question);
    }

    private void append(int question, int row, float upper) {
        int n = counts[question];
        if (rows[question] == null) {
            rows[question] = new int[16];
            uppers[question] = new float[16];
        } else if (n == rows[question].length) {
            rows[question] = Arrays.copyOf(rows[question], 2 * n);
            uppers[question] = Arrays.copyOf(uppers[question], 2 * n);
        }
        rows[question][n] = row;
        uppers[question][n] = upper;
        counts[question] = n + 1;
    }

    /**
     * The rows offered to any of the candidates (one per share of the vocabulary) whose upper bound
     * reaches the question's overall threshold, the {@code keep}-th best lower bound of all shares:
     * a superset of its best {@code keep} rows.
     */
    static int[] survivors(List<QuestionCandidates> shares, int question, int keep) {
        if (keep == 0) {
            return new int[0];
        }
        TopK best = new TopK(1, keep);
        for (QuestionCandidates share : shares) {
            best.addAll(0, share.lowers, question);
        }
        float threshold = best.threshold(0);
        int total = 0;
        for (QuestionCandidates share : shares) {
            total += share.counts[question];
        }
        int[] result = new int[total];
        int size = 0;
        for (QuestionCandidates share : shares) {
            for (int i = 0; i < share.counts[question]; i++) {
                if (share.uppers[question][i] >= threshold) {
                    result[size++] = share.rows[question][i];
                }
            }
        }
        return Arrays.copyOf(result, size);
    }
}
