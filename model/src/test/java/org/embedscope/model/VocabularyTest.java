package org.embedscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void findsEveryWordAtItsFilePosition() {
        String[] words = new String[10_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
        }
        Vocabulary vocabulary = Vocabulary.of(words);
        for (int i = 0; i < words.length; i++) {
            assertEquals(i, vocabulary.indexOf("w" + i));
        }
        assertEquals(-1, vocabulary.indexOf("w10000"));
        assertFalse(vocabulary.contains(""));
    }

    @Test
    void reportsTheFirstRepeatedWord() {
        assertEquals(3, Vocabulary.firstDuplicate(new String[] {"a", "b", "c", "b", "a"}));
        assertEquals(-1, Vocabulary.firstDuplicate(new String[] {"a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(new String[] {"x", "x"}));
    }
}
