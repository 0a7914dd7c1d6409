package org.embedscope.model.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.embedscope.model.VectorStore;

/** Projections on a unit direction: each word's cosine with it (Bolukbasi et al.'s "projection"). */
public final class BiasScores {
    private BiasScores() {
    }

    /** cos(word, direction); a zero row scores 0. */
    public static double cosine(VectorStore store, int row, double[] unit) {
        float[] v = store.rawVectors();
        int d = store.dimension();
        long base = (long) row * d;
        double dot = 0;
        for (int i = 0; i < d; i++) {
            dot += v[(int) (base + i)] * unit[i];
        }
        return dot * store.inverseNorms()[row];
    }

    /** The set's words with their cosines, in the set's order. */
    public static List<WordScore> of(VectorStore store, WordSet set, double[] unit) {
        requireDimension(store, unit);
        List<WordScore> scores = new ArrayList<>(set.size());
        for (int row : set.rows()) {
            scores.add(new WordScore(store.word(row), row, cosine(store, row, unit)));
        }
        return scores;
    }

    /** Cosines of the first {@code rows} words, by row: for colouring a map. */
    public static float[] firstRows(VectorStore store, int rows, double[] unit) {
        requireDimension(store, unit);
        float[] scores = new float[Math.min(rows, store.size())];
        for (int row = 0; row < scores.length; row++) {
            scores[row] = (float) cosine(store, row, unit);
        }
        return scores;
    }

    /**
     * The {@code count} words with the highest and the lowest cosine among the {@code withinFirst}
     * most frequent, leaving out the rows {@code skip} accepts (for example the direction's own words).
     */
    public static Extremes extremes(VectorStore store, double[] unit, int withinFirst, int count, IntPredicate skip) {
        requireDimension(store, unit);
        int n = Math.min(withinFirst, store.size());
        int keep = Math.max(0, Math.min(count, n));
        // Min-heaps of the best so far; ties keep the more frequent (lower) row.
        PriorityQueue<WordScore> high = new PriorityQueue<>((x, y) -> x.score() != y.score()
                ? Double.compare(x.score(), y.score()) : Integer.compare(y.row(), x.row()));
        PriorityQueue<WordScore> low = new PriorityQueue<>((x, y) -> x.score() != y.score()
                ? Double.compare(y.score(), x.score()) : Integer.compare(y.row(), x.row()));
        for (int row = 0; row < n && keep > 0; row++) {
            if (skip.test(row) || store.inverseNorms()[row] == 0) {
                continue;
            }
            double score = cosine(store, row, unit);
            offer(high, new WordScore(null, row, score), keep, true);
            offer(low, new WordScore(null, row, score), keep, false);
        }
        return new Extremes(drain(store, high), drain(store, low));
    }

    private static void offer(PriorityQueue<WordScore> heap, WordScore candidate, int keep, boolean highest) {
        if (heap.size() < keep) {
            heap.add(candidate);
            return;
        }
        WordScore worst = heap.peek();
        boolean better = highest ? candidate.score() > worst.score() : candidate.score() < worst.score();
        if (better) {
            heap.poll();
            heap.add(candidate);
        }
    }

    private static List<WordScore> drain(VectorStore store, PriorityQueue<WordScore> heap) {
        List<WordScore> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            WordScore s = heap.poll();
            out.add(0, new WordScore(store.word(s.row()), s.row(), s.score()));
        }
        return out;
    }

    static void requireDimension(VectorStore store, double[] unit) {
        if (unit.length != store.dimension()) {
            throw new BiasInputException("the direction has " + unit.length + " dimensions but the vectors have "
                    + store.dimension());
        }
    }
}
