package org.embedscope.model.eval;

import java.util.Arrays;
import java.util.List;
import org.embedscope.model.simd.QuestionSink;

/**
 * Per question, the rows of a batched first pass that may be among its best {@code keep}: the
 * {@code keep} best lower bounds (their minimum is the question's threshold) and every offered row
 * with its upper bound. Rows at or past the restriction and the question's own inputs are ignored.
 * Threads may share one instance as long as each question is only touched by one thread.
 */
final class QuestionCandidates implements QuestionSink {
    private final int keep;
    private final int rowLimit;
    private final int[] inputs;
    private final float[] thresholds;
    private final float[] lowers;
    private final int[] lowerCounts;
    private final int[][] rows;
    private final float[][] uppers;
    private final int[] counts;

    /** @param inputs three rows per question, never offered as answers */
    QuestionCandidates(int questions, int keep, int rowLimit, int[] inputs) {
        this.keep = keep;
        this.rowLimit = rowLimit;
        this.inputs = inputs;
        this.thresholds = new float[questions];
        Arrays.fill(thresholds, keep == 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
        this.lowers = new float[questions * keep];
        this.lowerCounts = new int[questions];
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
        // keep the `keep` largest lower bounds, ascending, so the first is the threshold
        int base = question * keep;
        int n = lowerCounts[question];
        if (n < keep) {
            int i = n;
            while (i > 0 && lowers[base + i - 1] > lower) {
                lowers[base + i] = lowers[base + i - 1];
                i--;
            }
            lowers[base + i] = lower;
            lowerCounts[question] = n + 1;
            if (n + 1 == keep) {
                thresholds[question] = lowers[base];
            }
        } else if (lower > lowers[base]) {
            int i = 0;
            while (i + 1 < keep && lowers[base + i + 1] < lower) {
                lowers[base + i] = lowers[base + i + 1];
                i++;
            }
            lowers[base + i] = lower;
            thresholds[question] = lowers[base];
        }
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
        float[] all = new float[shares.size() * keep];
        int n = 0;
        for (QuestionCandidates share : shares) {
            int count = share.lowerCounts[question];
            System.arraycopy(share.lowers, question * keep, all, n, count);
            n += count;
        }
        Arrays.sort(all, 0, n);
        float threshold = n < keep ? Float.NEGATIVE_INFINITY : all[n - keep];
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
