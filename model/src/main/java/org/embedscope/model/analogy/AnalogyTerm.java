package org.embedscope.model.analogy;

import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ResolvedWord;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.numeric.RowNorms;

/**
 * One of a, b, c: a word or a vector expression, reduced to a unit vector (a word's unit vector is
 * exactly what gensim uses; an expression is normalised the same way).
 *
 * @param text        what the user typed
 * @param unit        the unit-length vector
 * @param index       the word's row when the term is a single word, else -1
 * @param wordIndices every word the term uses, excluded from answers unless inputs are included
 */
public record AnalogyTerm(String text, double[] unit, int index, int[] wordIndices) {

    /** Parses a word or expression (see {@link VectorExpression}). */
    public static AnalogyTerm parse(VectorStore store, String text) {
        VectorExpression expression = VectorExpression.parse(text, store);
        ResolvedWord single = expression.singleWord();
        if (single != null) {
            return of(store, single.index());
        }
        return new AnalogyTerm(text, RowNorms.unit(expression.evaluate(WordForm.UNIT)), -1, expression.wordIndices());
    }

    public static AnalogyTerm of(VectorStore store, int index) {
        return new AnalogyTerm(store.word(index), store.unitVector(index), index, new int[] {index});
    }
}
