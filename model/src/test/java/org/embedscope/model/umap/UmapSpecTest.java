package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.embedscope.model.Metric;
import org.embedscope.model.projection.InvalidProjectionException;
import org.embedscope.model.projection.UmapSpec;
import org.junit.jupiter.api.Test;

class UmapSpecTest {
    private static String refusal(Runnable make) {
        return assertThrows(InvalidProjectionException.class, make::run).getMessage();
    }

    @Test
    void refusesBadSettingsNamingThem() {
        UmapSpec d = UmapSpec.defaults(2);
        assertEquals("UMAP needs at least 2 neighbours per word, not 1", refusal(() -> d.withNeighbours(1)));
        assertEquals("UMAP's minimum distance must be between 0 and the spread (1), not 1.5",
                refusal(() -> d.withMinDist(1.5)));
        assertEquals("UMAP's minimum distance must be between 0 and the spread (1), not -0.1",
                refusal(() -> d.withMinDist(-0.1)));
        assertEquals("UMAP's minimum distance must be between 0 and the spread (1), not NaN",
                refusal(() -> d.withMinDist(Double.NaN)));
        assertEquals("UMAP's epochs must be between 1 and 100000 (or 0 for auto), not -3",
                refusal(() -> d.withEpochs(-3)));
        assertEquals("UMAP's repulsion strength must be above 0 and at most 100, not 0", refusal(() -> d.withRepulsion(0)));
        assertEquals("UMAP's repulsion strength must be above 0 and at most 100, not 250",
                refusal(() -> d.withRepulsion(250)));
        assertEquals("UMAP's repulsion strength must be above 0 and at most 100, not NaN",
                refusal(() -> d.withRepulsion(Double.NaN)));
        assertEquals("UMAP compares words by cosine or euclidean distance, not dot",
                refusal(() -> new UmapSpec(2, 15, 0.1, 1, 1, 0, 0, Metric.DOT)));
        assertEquals("a map has 2 or 3 dimensions, not 4", refusal(() -> UmapSpec.defaults(4)));
    }

    @Test
    void refusesMoreNeighboursThanWords() {
        assertEquals("UMAP's 15 neighbours are too many for 15 words: they must be fewer than the words (at most 14)",
                refusal(() -> UmapSpec.defaults(2).validateFor(15, 50)));
        assertEquals("UMAP needs at least 3 words, not 2", refusal(() -> UmapSpec.defaults(2).validateFor(2, 50)));
        UmapSpec.defaults(3).validateFor(16, 50);
    }

    @Test
    void autoEpochsFollowUmapLearn() {
        assertEquals(500, UmapSpec.defaults(2).epochsFor(10_000));
        assertEquals(200, UmapSpec.defaults(2).epochsFor(10_001));
        assertEquals(77, UmapSpec.defaults(2).withEpochs(77).epochsFor(10));
    }
}
