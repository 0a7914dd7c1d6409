package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class NeighborSearchTest {
    // Angles from the x axis: east 0, ne 45, north 90, nne 60, west 180; "far" is east but long.
    private static final VectorStore STORE = VectorStore.of(
            new String[] {"east", "ne", "north", "nne", "west", "far"},
            new float[] {1, 0, 1, 1, 0, 1, 0.5f, (float) Math.sqrt(0.75), -1, 0, 10, 0},
            2, DatasetInfo.of("t", "t", "glove"));

    @Test
    void ranksByCosineAndExcludesTheQueryWord() {
        List<Neighbor> result = new NeighborSearch(STORE).nearest("east", 3);
        assertEquals(List.of("far", "ne", "nne"), result.stream().map(Neighbor::word).toList());
        assertEquals(1.0, result.get(0).score(), 1e-6);
        assertEquals(Math.cos(Math.PI / 4), result.get(1).score(), 1e-6);
        assertEquals(0.5, result.get(2).score(), 1e-6);
    }

    @Test
    void kLargerThanVocabularyReturnsEveryOtherWord() {
        List<Neighbor> result = new NeighborSearch(STORE).nearest("west", 50);
        assertEquals(5, result.size());
        assertEquals(-1.0, result.get(4).score(), 1e-6);
    }

    @Test
    void scansManyBlocksTheSameAsOne() {
        int rows = 40_000;
        String[] words = new String[rows];
        float[] values = new float[rows * 2];
        for (int i = 0; i < rows; i++) {
            words[i] = "w" + i;
            double angle = i * 2 * Math.PI / rows;
            values[2 * i] = (float) Math.cos(angle);
            values[2 * i + 1] = (float) Math.sin(angle);
        }
        VectorStore store = VectorStore.of(words, values, 2, DatasetInfo.of("t", "t", "glove"));
        List<Neighbor> result = new NeighborSearch(store).nearest("w20000", 4);
        assertEquals(List.of("w19999", "w20001", "w19998", "w20002"), result.stream().map(Neighbor::word).toList());
    }
}
