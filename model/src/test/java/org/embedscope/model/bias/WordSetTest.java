package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private final VectorStore store = TinyStores.gendered();

    @Test
    void looksWordsUpWithALowerCaseFallbackAndReportsTheRest() {
        WordSet set = WordSet.resolve(store, "mixed", List.of("Nurse", "nurse", " doctor ", "", "plumber", "plumber"));
        assertArrayEquals(new int[] {4, 5}, set.rows());
        assertEquals(List.of("nurse", "doctor"), set.words());
        assertEquals(List.of("plumber"), set.missing());
        assertEquals(3, set.asked());
    }

    @Test
    void aFifthMissingIsAcceptedAndMoreIsRefusedNamingTheWords() {
        WordSet fifth = WordSet.resolve(store, "five", List.of("she", "he", "woman", "man", "gal"));
        assertSame(fifth, fifth.requireMostPresent());
        WordSet tooMany = WordSet.resolve(store, "four", List.of("she", "he", "woman", "gal"));
        BiasInputException refused = assertThrows(BiasInputException.class, tooMany::requireMostPresent);
        assertEquals("1 of the 4 words of four (25%) are not in the vocabulary, more than the 20% allowed: gal",
                refused.getMessage());
    }

    @Test
    void emptyAndAllMissingSetsAreRefused() {
        BiasInputException empty = assertThrows(BiasInputException.class,
                () -> WordSet.resolve(store, "blank", List.of(" ")).requireMostPresent());
        assertEquals("the word set blank is empty", empty.getMessage());
        BiasInputException none = assertThrows(BiasInputException.class,
                () -> WordSet.resolve(store, "pets", List.of("cat", "dog")).requireMostPresent());
        assertTrue(none.getMessage().contains("cat, dog"), none.getMessage());
    }
}
