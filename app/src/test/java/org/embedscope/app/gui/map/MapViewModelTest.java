package org.embedscope.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.paint.Color;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.render.scatter.Camera3D;
import org.embedscope.render.scatter.Highlight;
import org.embedscope.render.scatter.Viewport2D;
import org.junit.jupiter.api.Test;

/** The map's logic without a window: point numbering of a map of some words, colours, refits, state. */
class MapViewModelTest {
    private final VectorStore store = TestStores.clusters();
    private final Workspace workspace = TestStores.workspaceWith(store);
    private final MapViewModel model = new MapViewModel(workspace);

    /** Rows 40, 5 and 77, in that order, at x = 0, 1, 2. */
    private MapLayout threeWords(boolean live) {
        return new MapLayout(new int[] {40, 5, 77}, new float[] {0, 0, 1, 0, 2, 0}, 2, "three", List.of(), live);
    }

    @Test
    void pointsAreNumberedInMapOrderAndClicksFocusTheirWord() {
        workspace.setLayout(threeWords(false));
        assertEquals(store.word(5), model.labelOf(1));
        assertEquals(store.word(77) + "   #78", model.tooltipOf(2));
        model.selectedPointProperty().set(2);
        assertEquals(77, workspace.selectedIndexProperty().get());
        workspace.selectedIndexProperty().set(40);
        assertEquals(0, model.selectedPointProperty().get());
        workspace.selectedIndexProperty().set(6);
        assertEquals(-1, model.selectedPointProperty().get(), "a word that is not on the map has no point");
    }

    @Test
    void marksOfWordsOnTheMapBecomePointsAndTheRestAreLeftOut() {
        workspace.setLayout(threeWords(false));
        model.annotationsProperty().set(new MapAnnotations(
                List.of(new MapAnnotations.Mark(77, Color.RED), new MapAnnotations.Mark(3, Color.BLUE)),
                List.of(new MapAnnotations.Link(5, 40, Color.GREEN, true), new MapAnnotations.Link(5, 3, Color.GREEN, false))));
        assertEquals(List.of(new Highlight(2, Color.RED)), model.highlightsProperty().get());
        assertEquals(1, model.arrowsProperty().get().size());
        assertEquals(1, model.arrowsProperty().get().get(0).from());
        assertEquals(0, model.arrowsProperty().get().get(0).to());
    }

    @Test
    void aColouringForOtherWordsGivesWayToFrequencyRank() {
        MapLayout layout = threeWords(false);
        workspace.setLayout(layout);
        MapColoring byRank = model.coloringProperty().get();
        assertArrayEquals(layout.rows(), byRank.rows());
        assertEquals("", byRank.title());
        MapColoring forThese = new MapColoring(new int[] {40, 5, 77}, new int[] {1, 2, 3}, "mine", List.of());
        workspace.setColoring(forThese);
        assertSame(forThese, model.coloringProperty().get());
        workspace.setColoring(new MapColoring(new int[] {1, 2, 3}, new int[] {1, 2, 3}, "other words", List.of()));
        assertEquals("", model.coloringProperty().get().title(), "a colouring made for other words is not shown");
    }

    @Test
    void finishedMapsAndTheFirstPictureOfARunAreFittedFormingOnesFollowTheUser() {
        workspace.setLayout(threeWords(false));
        assertEquals(RefitPolicy.ALWAYS, model.frameProperty().get().refit());
        MapLayout first = threeWords(true);
        workspace.setLayout(first);
        assertEquals(RefitPolicy.ALWAYS, model.frameProperty().get().refit());
        workspace.setLayout(new MapLayout(first.rows(), new float[] {0, 0, 3, 0, 6, 0}, 2, "three", List.of(), true));
        assertEquals(RefitPolicy.UNLESS_USER_MOVED, model.frameProperty().get().refit());
        workspace.setLayout(new MapLayout(first.rows(), new float[] {0, 0, 4, 0, 8, 0}, 2, "three", List.of(), false));
        assertEquals(RefitPolicy.ALWAYS, model.frameProperty().get().refit());
    }

    @Test
    void stateRoundTrips() {
        MapState state = new MapState(new Viewport2D(1.5, -2, 40), new Camera3D(-10, 45, 3, 4, 900));
        model.restore(state);
        assertEquals(state, model.snapshot());
    }
}
