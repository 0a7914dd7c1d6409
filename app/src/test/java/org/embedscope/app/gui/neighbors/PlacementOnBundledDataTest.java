package org.embedscope.app.gui.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.testing.SameThreadApp;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.workspace.PlacedPoint;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words and expressions typed in the neighbours panel, placed onto the clusters lesson's maps of 64
 * words (16 animals, colours, countries and jobs) on the bundled vectors.
 */
class PlacementOnBundledDataTest {
    private static final Set<String> ANIMALS = Set.of("dog", "cat", "horse", "cow", "pig", "sheep", "lion", "tiger",
            "elephant", "monkey", "rabbit", "mouse", "wolf", "bear", "fox", "deer");
    private static VectorStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        store = BundledDataset.load(Progress.NONE);
    }

    private AppComposition app() {
        return SameThreadApp.on(store, dir);
    }

    private static void place(AppComposition app, String text) {
        app.neighbors().queryProperty().set(text);
        app.neighbors().placeOnMap();
    }

    @Test
    void giraffeLandsAmongTheAnimalsOnTheTsneMapAndIsDrawnLabelled() {
        AppComposition app = app();
        app.lessons().start("clusters", 3);
        MapLayout map = app.workspace().layout();
        assertEquals(64, map.points());
        assertEquals(1, app.workspace().placed().size());
        PlacedPoint giraffe = app.workspace().placed().get(0);
        assertEquals("giraffe", giraffe.label());
        assertEquals(store.indexOf("giraffe"), giraffe.row());
        String status = app.neighbors().placement().statusProperty().get();
        assertTrue(status.startsWith("giraffe landed by "), status);
        for (String word : status.substring("giraffe landed by ".length(), status.length() - 1).split(", ")) {
            assertTrue(ANIMALS.contains(word), word + " is not an animal: " + status);
        }
        MapLayout drawn = app.map().frameProperty().get().layout();
        assertEquals(65, drawn.points(), "the map's 64 words and giraffe");
        assertEquals("giraffe", app.map().labelOf(64));
        assertEquals(65, app.map().coloringProperty().get().colors().length);
        assertTrue(app.map().highlightsProperty().get().stream().anyMatch(h -> h.index() == 64));
    }

    @Test
    void onAPcaMapAnExpressionLandsExactlyWhereTheMapPutsItsWords() {
        AppComposition app = app();
        app.lessons().start("clusters", 0);
        MapLayout map = app.workspace().layout();
        place(app, "1 * dog");
        float[] dog = positionOf(map, "dog");
        float[] placed = app.workspace().placed().get(0).position();
        assertEquals(dog[0], placed[0], 1e-4);
        assertEquals(dog[1], placed[1], 1e-4);
        // PCA is affine: the midpoint of two words lands midway between them
        place(app, "0.5 * dog + 0.5 * japan");
        float[] japan = positionOf(map, "japan");
        float[] mid = app.workspace().placed().get(1).position();
        assertEquals((dog[0] + japan[0]) / 2, mid[0], 1e-4);
        assertEquals((dog[1] + japan[1]) / 2, mid[1], 1e-4);
        assertEquals(2, app.workspace().placed().size());
    }

    @Test
    void aWordOnTheMapIsFocusedAndBadInputIsNamed() {
        AppComposition app = app();
        app.lessons().start("clusters", 3);
        PlacementViewModel placement = app.neighbors().placement();
        place(app, "tiger");
        assertEquals(store.indexOf("tiger"), app.workspace().selectedIndexProperty().get());
        assertEquals("tiger is already on the map; it is now focused.", placement.statusProperty().get());
        place(app, "xyzzyqq");
        assertTrue(placement.messageProperty().get().contains("xyzzyqq"), placement.messageProperty().get());
        place(app, "dog - dog");
        assertTrue(placement.messageProperty().get().contains("zero vector"), placement.messageProperty().get());
        assertEquals(1, app.workspace().placed().size(), "only the lesson's giraffe was placed");
    }

    @Test
    void aNewMapStartsWithoutPlacedPointsAndALiveOneTakesNone() {
        AppComposition app = app();
        app.lessons().start("clusters", 3);
        assertEquals(1, app.workspace().placed().size());
        MapLayout map = app.workspace().layout();
        app.workspace().setLayout(new MapLayout(map.rows(), map.positions(), 2, "live", List.of(), true));
        assertTrue(app.workspace().placed().isEmpty());
        assertFalse(app.neighbors().placement().possibleBinding().get());
        place(app, "giraffe");
        assertTrue(app.neighbors().placement().messageProperty().get().startsWith("There is no finished map"));
        assertTrue(app.workspace().placed().isEmpty());
    }

    private static float[] positionOf(MapLayout map, String word) {
        int row = store.indexOf(word);
        for (int p = 0; p < map.points(); p++) {
            if (map.rows()[p] == row) {
                return new float[] {map.positions()[2 * p], map.positions()[2 * p + 1]};
            }
        }
        throw new AssertionError(word + " is not on the map");
    }
}
