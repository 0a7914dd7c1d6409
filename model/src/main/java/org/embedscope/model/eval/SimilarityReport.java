package org.embedscope.model.eval;

import java.util.List;

/**
 * The outcome of a word-similarity benchmark, as gensim's {@code evaluate_word_pairs} reports it.
 *
 * @param pairs    pairs evaluated (both words known)
 * @param oov      pairs skipped because a word is outside the restricted vocabulary
 * @param spearman Spearman rank correlation of the model's cosines with the human scores (NaN when
 *                 either side is constant)
 * @param pearson  Pearson correlation of the same
 * @param scored   the evaluated pairs with both scores, in file order
 */
public record SimilarityReport(int pairs, int oov, double spearman, double pearson, List<ScoredPair> scored) {

    public record ScoredPair(String word1, String word2, double human, double model, int line) {
    }

    public SimilarityReport {
        scored = List.copyOf(scored);
    }

    /** gensim's oov ratio: percentage of pairs skipped for unknown words. */
    public double oovPercent() {
        return pairs + oov == 0 ? 0 : 100.0 * oov / (pairs + oov);
    }
}
