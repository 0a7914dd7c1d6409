package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class BiasScoresTest {
    private static final double EPS = 1e-6;
    private static final double[] X = {1, 0, 0};
    private final VectorStore store = TinyStores.gendered();

    @Test
    void projectionsAreCosinesWithTheDirection() {
        WordSet set = WordSet.resolve(store, "jobs", List.of("nurse", "Doctor", "table", "plumber"));
        List<WordScore> scores = BiasScores.of(store, set, X);
        assertEquals(List.of("nurse", "doctor", "table"), scores.stream().map(WordScore::word).toList());
        assertEquals(0.3 / 1.3, scores.get(0).score(), EPS);
        assertEquals(-0.6, scores.get(1).score(), EPS);
        assertEquals(0.0, scores.get(2).score(), EPS);
        assertEquals(List.of("plumber"), set.missing());
        assertArrayEquals(new float[] {0.8f, -0.8f, 0f}, BiasScores.firstRows(store, 3, X), 1e-6f);
    }

    @Test
    void extremesAreTheFurthestAtEachEndWithinTheFirstRows() {
        // Projections by row: she 0.8, he -0.8, woman 0, man 0, nurse 0.23, doctor -0.6, table 0.
        Extremes all = BiasScores.extremes(store, X, 100, 2, row -> false);
        assertEquals(List.of("she", "nurse"), all.positive().stream().map(WordScore::word).toList());
        assertEquals(List.of("he", "doctor"), all.negative().stream().map(WordScore::word).toList());
        Extremes withoutPairs = BiasScores.extremes(store, X, 100, 1, row -> row < 4);
        assertEquals("nurse", withoutPairs.positive().get(0).word());
        assertEquals("doctor", withoutPairs.negative().get(0).word());
        // Only the first five rows: doctor (row 5) is out of reach, woman and man tie at 0 after he.
        Extremes firstFive = BiasScores.extremes(store, X, 5, 3, row -> false);
        assertEquals(List.of("he", "woman", "man"), firstFive.negative().stream().map(WordScore::word).toList());
    }

    @Test
    void directBiasIsTheMeanAbsoluteProjectionToThePowerC() {
        WordSet jobs = WordSet.resolve(store, "jobs", List.of("nurse", "doctor"));
        // c = 1: (0.3/1.3 + 0.6) / 2; c = 2: ((0.3/1.3)^2 + 0.36) / 2.
        assertEquals((0.3 / 1.3 + 0.6) / 2, DirectBias.of(store, jobs, X, 1), EPS);
        assertEquals((0.09 / 1.69 + 0.36) / 2, DirectBias.of(store, jobs, X, 2), EPS);
        // c = 0 counts the words with any lean: table has none.
        WordSet withTable = WordSet.resolve(store, "jobs", List.of("nurse", "doctor", "table"));
        assertEquals(2.0 / 3, DirectBias.of(store, withTable, X, 0), EPS);
        assertThrows(BiasInputException.class, () -> DirectBias.of(store, jobs, X, -1));
        assertThrows(BiasInputException.class, () -> DirectBias.of(store, jobs, new double[] {1, 0}, 1));
    }

    @Test
    void indirectBiasIsTheShareOfSimilarityDueToTheDirection() {
        VectorStore words = TinyStores.of("receptionist", TinyStores.v(0.6, 0.8, 0),
                "softball", TinyStores.v(0.48, 0.64, 0.6), "nurse", TinyStores.v(-0.6, 0.8, 0),
                "male", TinyStores.v(2, 0, 0));
        // w.v = 0.288 + 0.512 = 0.8; without x: (0, 0.8, 0) and (0, 0.64, 0.6), cosine 0.64 / sqrt(0.7696).
        IndirectBias beta = IndirectBias.of(words, X, "receptionist", " Softball ");
        double without = 0.64 / Math.sqrt(0.7696);
        assertEquals(0.8, beta.cosine(), EPS);
        assertEquals(without, beta.cosineWithout(), EPS);
        assertEquals((0.8 - without) / 0.8, beta.beta(), EPS);
        assertEquals("softball", beta.second());
        // w.v = -0.36 + 0.64 = 0.28; without x both are (0, 0.8, 0), cosine 1: the direction pulls them apart.
        assertEquals((0.28 - 1) / 0.28, IndirectBias.of(words, X, "receptionist", "nurse").beta(), EPS);
        assertThrows(UnknownWordException.class, () -> IndirectBias.of(words, X, "receptionist", "plumber"));
        BiasInputException along = assertThrows(BiasInputException.class,
                () -> IndirectBias.of(words, X, "male", "nurse"));
        assertTrue(along.getMessage().contains("male"), along.getMessage());
    }
}
