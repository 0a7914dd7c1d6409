package org.embedscope.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metadata;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

/** Colouring by a metadata column: categories with their frequencies, or a gradient for numbers. */
class ColumnColouringTest {
    private static VectorStore store() {
        String[] words = {"cat", "dog", "red", "cow", "blue"};
        Metadata metadata = Metadata.of(List.of("kind", "size"), List.of(
                new String[] {"animal", "animal", "colour", "animal", "colour"},
                new String[] {"4", "8", "", "400", "0.5"}));
        return VectorStore.of(words, new float[10], 2, metadata, DatasetInfo.of("t", "memory", "test"));
    }

    private static MapLayout layout() {
        return new MapLayout(new int[] {0, 1, 2, 3, 4}, new float[10], 2, "t", List.of("x", "y"), false);
    }

    @Test
    void categoriesAreColouredByValueWithFrequenciesMostFrequentFirst() {
        MapColoring coloring = ColumnColouring.of(store(), layout(), "kind");
        int[] c = coloring.colors();
        assertEquals(c[0], c[1]);
        assertEquals(c[0], c[3]);
        assertEquals(c[2], c[4]);
        assertNotEquals(c[0], c[2]);
        assertEquals("animal  (3)", coloring.legend().get(0).label());
        assertEquals("colour  (2)", coloring.legend().get(1).label());
        assertTrue(coloring.fits(layout()));
    }

    @Test
    void numbersBecomeAGradientAndBlanksAreGrey() {
        MapColoring coloring = ColumnColouring.of(store(), layout(), "size");
        assertEquals(SelectionShading.DIMMED, coloring.colors()[2], "red has no size");
        assertEquals(Palettes.argb(Palettes.gradient(1), 0.85), coloring.colors()[3], "cow is the largest");
        assertEquals(Palettes.argb(Palettes.gradient(0), 0.85), coloring.colors()[4], "blue is the smallest");
        assertTrue(coloring.legend().get(0).label().contains("400"), coloring.legend().toString());
    }

    @Test
    void anUnknownColumnNamesTheColumnsThereAre() {
        var e = assertThrows(IllegalArgumentException.class, () -> ColumnColouring.of(store(), layout(), "pos"));
        assertTrue(e.getMessage().contains("kind, size"), e.getMessage());
    }

    @Test
    void theCategoryPaletteKeepsAHundredValuesApart() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ColumnColouring.MAX_CATEGORIES; i++) {
            seen.add(Palettes.category(i).toString());
        }
        assertEquals(ColumnColouring.MAX_CATEGORIES, seen.size());
    }
}
