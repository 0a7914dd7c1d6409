package org.embedscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VectorStoreTest {
    private final VectorStore store = VectorStore.of(new String[] {"a", "b", "zero"},
            new float[] {3, 4, 1, 0, 0, 0}, 2, DatasetInfo.of("t", "t", "glove"));

    @Test
    void inverseNormsAreOneOverLengthAndZeroForZeroRows() {
        assertArrayEquals(new float[] {0.2f, 1f, 0f}, store.inverseNorms());
    }

    @Test
    void unitVectorHasLengthOne() {
        assertArrayEquals(new double[] {0.6, 0.8}, store.unitVector(0), 1e-12);
    }

    @Test
    void unknownWordIsNamed() {
        UnknownWordException e = assertThrows(UnknownWordException.class, () -> store.require("xyz"));
        assertEquals("unknown word: xyz", e.getMessage());
    }

    @Test
    void rejectsValueCountThatDoesNotMatch() {
        assertThrows(IllegalArgumentException.class, () -> VectorStore.of(new String[] {"a"}, new float[3], 2,
                DatasetInfo.of("t", "t", "glove")));
    }
}
