package org.embedscope.model.bias;

import org.embedscope.model.VectorStore;

/**
 * Bolukbasi et al. 2016's DirectBias: the mean over words of |cos(w, g)|^c. With strictness c = 1
 * it is the mean absolute projection; a larger c counts only strongly leaning words; c = 0 reads
 * as "the share of words with any lean at all" (0^0 counted as 0, so words exactly neutral do not count).
 */
public final class DirectBias {
    private DirectBias() {
    }

    public static double of(VectorStore store, WordSet words, double[] unit, double strictness) {
        if (!(strictness >= 0) || !Double.isFinite(strictness)) {
            throw new BiasInputException("the strictness c must be a number of at least 0, got " + strictness);
        }
        if (words.size() == 0) {
            throw new BiasInputException("DirectBias needs at least one word; " + words.name() + " has none");
        }
        BiasScores.requireDimension(store, unit);
        double sum = 0;
        for (int row : words.rows()) {
            double lean = Math.abs(BiasScores.cosine(store, row, unit));
            sum += lean == 0 ? 0 : Math.pow(lean, strictness);
        }
        return sum / words.size();
    }
}
