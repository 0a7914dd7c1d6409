package org.embedscope.model.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class VectorExpressionTest {
    // raw vectors; "king" has length 5 so that unit and raw forms differ
    private static final VectorStore STORE = VectorStore.of(
            new String[] {"king", "man", "woman", "e-mail", "1990s", "1990", "c++", "Paris", "berlin", "-"},
            new float[] {3, 4, 1, 0, 0, 1, 2, 2, 0, 3, 6, 8, 4, 0, 0, 2, 7, 7, 1, 1},
            2, DatasetInfo.of("t", "t", "glove"));

    private static double[] raw(String text) {
        return VectorExpression.parse(text, STORE).evaluate(WordForm.RAW);
    }

    @Test
    void precedenceAndAssociativity() {
        // 2 * king - man + woman = (6, 8) - (1, 0) + (0, 1)
        assertArrayEquals(new double[] {5, 9}, raw("2 * king - man + woman"), 1e-12);
        // man - woman - man is left-associative: (1,0)-(0,1)-(1,0) = (0,-1)
        assertArrayEquals(new double[] {0, -1}, raw("man - woman - man"), 1e-12);
        assertArrayEquals(new double[] {-1, 1}, raw("woman - (man + woman) + woman"), 1e-12);
        assertArrayEquals(new double[] {1.5, 2}, raw("king / 2"), 1e-12);
        assertArrayEquals(new double[] {3, 4}, raw("0.5 * 2 * king"), 1e-12);
    }

    @Test
    void unaryMinusAndNumbers() {
        assertArrayEquals(new double[] {-3, -4}, raw("-king"), 1e-12);
        assertArrayEquals(new double[] {-1.5, -2}, raw("-0.5*king"), 1e-12);
        assertArrayEquals(new double[] {0.3, 0.4}, raw(".1 * king"), 1e-12);
        assertArrayEquals(new double[] {0.003, 0.004}, raw("1e-3*king"), 1e-12);
        assertArrayEquals(new double[] {-3, -4}, raw("- - - king"), 1e-12);
    }

    @Test
    void wordsWithOperatorCharactersAndNumbers() {
        assertArrayEquals(new double[] {2, 2}, raw("e-mail"), 1e-12);
        assertArrayEquals(new double[] {2, 5}, raw("e-mail + 1990s"), 1e-12);
        assertArrayEquals(new double[] {4, 0}, raw("c++ - e-mail + e-mail"), 1e-12);
        // a lone number literal is a word when it is one; in a larger expression quote it
        assertArrayEquals(new double[] {6, 8}, raw("1990"), 1e-12);
        assertArrayEquals(new double[] {12, 16}, raw("2 * \"1990\""), 1e-12);
        assertArrayEquals(new double[] {2, 2}, raw("\"-\" + \"-\""), 1e-12);
        // without spaces, operators split unknown chunks
        assertArrayEquals(new double[] {2, 5}, raw("king-man+woman"), 1e-12);
        assertArrayEquals(new double[] {6, 8}, raw("(king)*2"), 1e-12);
    }

    @Test
    void unitFormUsesUnitVectors() {
        double[] v = VectorExpression.parse("king - man + woman", STORE).evaluate(WordForm.UNIT);
        assertArrayEquals(new double[] {0.6 - 1, 0.8 + 1}, v, 1e-12);
    }

    @Test
    void lowerCaseFallbackIsReported() {
        VectorExpression e = VectorExpression.parse("KING + Paris - BERLIN", STORE);
        List<ResolvedWord> words = e.words();
        assertEquals(new ResolvedWord("KING", 0, "king"), words.get(0));
        assertTrue(words.get(0).lowerCased());
        assertFalse(words.get(1).lowerCased()); // "Paris" exists as typed
        assertEquals("berlin", words.get(2).word());
        assertArrayEquals(new int[] {0, 7, 8}, e.wordIndices());
        assertNull(e.singleWord());
        assertEquals("king", VectorExpression.parse("  King ", STORE).singleWord().word());
    }

    @Test
    void unknownWordIsNamed() {
        UnknownWordException e = assertThrows(UnknownWordException.class,
                () -> VectorExpression.parse("king - queen + woman", STORE));
        assertEquals("queen", e.word());
        assertEquals("unknown word: queen", e.getMessage());
    }

    @Test
    void syntaxErrorsNameThePosition() {
        assertError("king - ", "expected a word, a number or '(' but found the end at position 8");
        assertError("king + * man", "expected a word, a number or '(' but found '*' at position 8");
        assertError("(king + man", "expected ')' to close the '(' at position 1 but found the end at position 12");
        assertError("king man", "expected an operator (+ - * /) before 'man' at position 6");
        assertError("king + man)", "unmatched ')' at position 11");
        assertError("   ", "empty expression: expected a word at position 1");
        assertError("king * man", "cannot multiply two vectors at position 6");
        assertError("king + 2", "cannot add a number to a vector (use * to scale) at position 6");
        assertError("2 * 3", "the expression is a number, not a vector at position 1");
        assertError("king / 0", "division by zero at position 6");
        assertError("2 / king", "cannot divide by a vector at position 3");
    }

    private static void assertError(String text, String message) {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> VectorExpression.parse(text, STORE).evaluate(WordForm.RAW));
        assertEquals(message, e.getMessage());
    }
}
