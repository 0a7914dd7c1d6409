package org.embedscope.model.bias;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;

/**
 * A unit direction in the embedding space along which bias is measured, for example she - he.
 *
 * @param label                   how to name it, e.g. "she \u2013 he" or "10 definitional pairs"
 * @param unit                    the unit vector
 * @param explainedVarianceRatio  for a direction from pairs: the share of the pairs' variance each
 *                                principal component explains, largest first; empty for an expression
 * @param pairs                   the pairs it was built from (those found), empty for an expression
 * @param missing                 words of the pairs that are not in the vocabulary
 */
public record BiasDirection(String label, double[] unit, double[] explainedVarianceRatio, List<WordPair> pairs,
        List<String> missing) {
    /** As many components as debiaswe's bar chart shows. */
    public static final int COMPONENTS_SHOWN = 10;

    public BiasDirection {
        pairs = List.copyOf(pairs);
        missing = List.copyOf(missing);
    }

    /** first - second on unit vectors, normalised: the one-pair case of {@link #ofPairs}. */
    public static BiasDirection ofPair(VectorStore store, String first, String second) {
        WordPair pair = new WordPair(first, second);
        for (String word : List.of(pair.first(), pair.second())) {
            if (store.lookup(word) < 0) {
                throw new UnknownWordException(word);
            }
        }
        BiasDirection direction = ofPairs(store, List.of(pair));
        return new BiasDirection(pair.toString(), direction.unit, direction.explainedVarianceRatio, direction.pairs,
                List.of());
    }

    /**
     * Bolukbasi et al. 2016: each pair's unit vectors centred on their mean, the principal
     * components of those centred vectors, the first one oriented toward the first word of the
     * pairs. Pairs with a missing word are left out and their words reported; more than
     * {@link WordSet#MAX_MISSING_FRACTION} of the pairs missing is refused.
     */
    public static BiasDirection ofPairs(VectorStore store, List<WordPair> pairs) {
        if (pairs.isEmpty()) {
            throw new BiasInputException("the list of pairs is empty");
        }
        List<int[]> rows = new ArrayList<>();
        List<WordPair> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (WordPair pair : pairs) {
            int a = store.lookup(pair.first());
            int b = store.lookup(pair.second());
            if (a < 0) {
                missing.add(pair.first());
            }
            if (b < 0) {
                missing.add(pair.second());
            }
            if (a >= 0 && b >= 0) {
                if (a == b) {
                    throw new BiasInputException("the pair " + pair + " names one word twice");
                }
                rows.add(new int[] {a, b});
                found.add(new WordPair(store.word(a), store.word(b)));
            }
        }
        int lost = pairs.size() - found.size();
        if (found.isEmpty() || lost > WordSet.MAX_MISSING_FRACTION * pairs.size()) {
            throw new BiasInputException(String.format(java.util.Locale.ROOT,
                    "%d of the %d pairs have a word that is not in the vocabulary, more than the %.0f%% allowed: %s",
                    lost, pairs.size(), 100 * WordSet.MAX_MISSING_FRACTION, WordSet.listed(missing)));
        }
        PairComponents components = PairComponents.of(store, rows);
        String label = found.size() == 1 ? found.get(0).toString() : found.size() + " definitional pairs";
        return new BiasDirection(label, components.first(), components.explainedVarianceRatio(COMPONENTS_SHOWN),
                found, missing);
    }

    /** Any vector expression over unit vectors (e.g. {@code (she - he) + (woman - man)}), normalised. */
    public static BiasDirection ofExpression(VectorStore store, String text) {
        double[] vector = VectorExpression.parse(text, store).evaluate(WordForm.UNIT);
        return new BiasDirection(text.strip(), normalised(vector, text), new double[0], List.of(), List.of());
    }

    static double[] normalised(double[] vector, String what) {
        double sum = 0;
        for (double v : vector) {
            sum += v * v;
        }
        double norm = Math.sqrt(sum);
        if (!(norm > 1e-12) || !Double.isFinite(norm)) {
            throw new BiasInputException(what + " has no direction: its vector is zero");
        }
        double[] unit = new double[vector.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }

    public int dimension() {
        return unit.length;
    }
}
