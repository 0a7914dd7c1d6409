package org.embedscope.model.search;

import java.util.Arrays;

/** Rows best first, with their exact scores. */
public record Ranked(int[] rows, double[] scores) {
    /** Below this many comparisons an insertion into the best k beats sorting boxed indices. */
    private static final long INSERTION_WORK = 1 << 16;

    public int size() {
        return rows.length;
    }

    /**
     * The best {@code k} of the rows by exact score, higher first, ties to the lower row: the final
     * ranking of the few rows a bounded first pass leaves.
     */
    public static Ranked best(int[] rows, int k, ExactScore exact) {
        int n = Math.min(k, rows.length);
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = exact.score(rows[i]);
        }
        return (long) n * rows.length <= INSERTION_WORK ? inserted(rows, scores, n) : sorted(rows, scores, n);
    }

    private static Ranked inserted(int[] rows, double[] scores, int n) {
        int[] bestRows = new int[n];
        double[] bestScores = new double[n];
        int size = 0;
        for (int i = 0; i < rows.length; i++) {
            int at = size;
            while (at > 0 && before(scores[i], rows[i], bestScores[at - 1], bestRows[at - 1])) {
                at--;
            }
            if (at < n) {
                int moved = Math.min(size, n - 1) - at;
                System.arraycopy(bestRows, at, bestRows, at + 1, moved);
                System.arraycopy(bestScores, at, bestScores, at + 1, moved);
                bestRows[at] = rows[i];
                bestScores[at] = scores[i];
                size = Math.min(size + 1, n);
            }
        }
        return new Ranked(bestRows, bestScores);
    }

    private static Ranked sorted(int[] rows, double[] scores, int n) {
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> before(scores[a], rows[a], scores[b], rows[b]) ? -1
                : before(scores[b], rows[b], scores[a], rows[a]) ? 1 : 0);
        int[] bestRows = new int[n];
        double[] bestScores = new double[n];
        for (int i = 0; i < n; i++) {
            bestRows[i] = rows[order[i]];
            bestScores[i] = scores[order[i]];
        }
        return new Ranked(bestRows, bestScores);
    }

    /** Whether (score, row) ranks before (otherScore, otherRow): higher score first, then lower row. */
    private static boolean before(double score, int row, double otherScore, int otherRow) {
        int cmp = Double.compare(score, otherScore);
        return cmp > 0 || (cmp == 0 && row < otherRow);
    }
}
