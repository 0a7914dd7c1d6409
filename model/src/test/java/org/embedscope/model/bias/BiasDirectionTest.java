package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class BiasDirectionTest {
    private static final double EPS = 1e-6;

    @Test
    void pairsGiveTheirFirstPrincipalComponentTowardTheFirstWords() {
        // Worked out in TinyStores.gendered(): first component +x, explaining 0.64, then z 0.36.
        BiasDirection direction = BiasDirection.ofPairs(TinyStores.gendered(), TinyStores.gendersPairs());
        assertArrayEquals(new double[] {1, 0, 0}, direction.unit(), EPS);
        assertArrayEquals(new double[] {0.64, 0.36}, direction.explainedVarianceRatio(), EPS);
        assertEquals(List.of(new WordPair("she", "he"), new WordPair("woman", "man")), direction.pairs());
        assertEquals(List.of(), direction.missing());
        assertEquals("2 definitional pairs", direction.label());
    }

    @Test
    void swappingEveryPairFlipsTheDirection() {
        BiasDirection direction = BiasDirection.ofPairs(TinyStores.gendered(),
                List.of(new WordPair("he", "she"), new WordPair("man", "woman")));
        assertArrayEquals(new double[] {-1, 0, 0}, direction.unit(), EPS);
    }

    @Test
    void onePairIsTheDifferenceOfItsUnitVectors() {
        // woman - man on unit vectors = (0, 0, 1.2): the direction +z, all of the variance.
        BiasDirection direction = BiasDirection.ofPair(TinyStores.gendered(), "woman", "man");
        assertArrayEquals(new double[] {0, 0, 1}, direction.unit(), EPS);
        assertArrayEquals(new double[] {1.0}, direction.explainedVarianceRatio(), EPS);
        assertEquals("woman \u2013 man", direction.label());
        assertThrows(UnknownWordException.class, () -> BiasDirection.ofPair(TinyStores.gendered(), "woman", "gal"));
    }

    @Test
    void anExpressionIsNormalised() {
        // she - he on unit vectors = (1.6, 0, 0).
        BiasDirection direction = BiasDirection.ofExpression(TinyStores.gendered(), " she - he ");
        assertArrayEquals(new double[] {1, 0, 0}, direction.unit(), EPS);
        assertEquals("she - he", direction.label());
        assertEquals(0, direction.explainedVarianceRatio().length);
        BiasInputException zero = assertThrows(BiasInputException.class,
                () -> BiasDirection.ofExpression(TinyStores.gendered(), "she - she"));
        assertTrue(zero.getMessage().contains("she - she"), zero.getMessage());
    }

    @Test
    void pairsWithAMissingWordAreLeftOutAndReported() {
        VectorStore store = TinyStores.gendered();
        List<WordPair> five = List.of(new WordPair("she", "he"), new WordPair("woman", "man"),
                new WordPair("nurse", "doctor"), new WordPair("table", "she"), new WordPair("gal", "guy"));
        BiasDirection direction = BiasDirection.ofPairs(store, five);
        assertEquals(4, direction.pairs().size());
        assertEquals(List.of("gal", "guy"), direction.missing());
        List<WordPair> halfMissing = List.of(new WordPair("she", "he"), new WordPair("queen", "man"),
                new WordPair("gal", "guy"));
        BiasInputException refused = assertThrows(BiasInputException.class,
                () -> BiasDirection.ofPairs(store, halfMissing));
        assertTrue(refused.getMessage().contains("2 of the 3 pairs"), refused.getMessage());
        assertTrue(refused.getMessage().contains("queen, gal, guy"), refused.getMessage());
    }

    @Test
    void emptyOrDegeneratePairsAreRefused() {
        VectorStore store = TinyStores.of("mary", TinyStores.v(1, 0), "john", TinyStores.v(0, 1));
        assertThrows(BiasInputException.class, () -> BiasDirection.ofPairs(store, List.of()));
        // "Mary" falls back to "mary": the pair names one word twice.
        BiasInputException twice = assertThrows(BiasInputException.class,
                () -> BiasDirection.ofPairs(store, List.of(new WordPair("Mary", "mary"))));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertThrows(BiasInputException.class, () -> new WordPair("she", " "));
    }
}
