package org.embedscope.app.gui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.render.scatter.DragTool;
import org.embedscope.render.scatter.PointClick;
import org.embedscope.render.scatter.RegionSelection;
import org.junit.jupiter.api.Test;

/** Box, lasso and click selection, greying and isolation on a map whose points sit on a grid. */
class MapSelectionTest {
    /** Nine words; word i's vector is at angle 10i degrees, so its nearest neighbours are i - 1 and i + 1. */
    private static VectorStore grid() {
        String[] words = new String[9];
        float[] v = new float[18];
        for (int i = 0; i < 9; i++) {
            words[i] = "w" + i;
            v[2 * i] = (float) Math.cos(Math.toRadians(10 * i));
            v[2 * i + 1] = (float) Math.sin(Math.toRadians(10 * i));
        }
        return VectorStore.of(words, v, 2, DatasetInfo.of("grid", "memory", "test"));
    }

    private final VectorStore store = grid();
    private final Workspace workspace = TestStores.workspaceWith(store);
    private final MapViewModel map = new MapViewModel(workspace);
    private final IsolationViewModel isolation = new IsolationViewModel(workspace, new SameThreadTaskExecutor());

    /** The map puts word i at (i % 3, i / 3), listing the words in reverse, so points and rows differ. */
    private MapLayout layout() {
        int[] rows = {8, 7, 6, 5, 4, 3, 2, 1, 0};
        float[] xy = new float[18];
        for (int p = 0; p < 9; p++) {
            xy[2 * p] = rows[p] % 3;
            xy[2 * p + 1] = rows[p] / 3;
        }
        return new MapLayout(rows, xy, 2, "grid", List.of("x", "y"), false);
    }

    private List<String> selected() {
        return workspace.selectionProperty().get().words();
    }

    @Test
    void aBoxSelectsThePointsInsideIt() {
        workspace.setLayout(layout());
        // The box from (0.5, -0.5) to (2.5, 1.5) holds (1, 0), (2, 0), (1, 1), (2, 1): w1, w2, w4, w5.
        map.selectRegion(new RegionSelection(new float[] {0.5f, -0.5f, 2.5f, -0.5f, 2.5f, 1.5f, 0.5f, 1.5f},
                DragTool.BOX));
        assertEquals(List.of("w5", "w4", "w2", "w1"), selected(), "in map order");
        assertEquals("4 words in a box", workspace.selectionProperty().get().name());
    }

    @Test
    void aConcaveLassoLeavesOutThePointsInItsNotch() {
        workspace.setLayout(layout());
        // An L around the left column and the bottom row: w0, w1, w2, w3, w6, but not w4 in the notch.
        float[] lasso = {-0.5f, -0.5f, 2.5f, -0.5f, 2.5f, 0.5f, 0.5f, 0.5f, 0.5f, 2.5f, -0.5f, 2.5f};
        map.selectRegion(new RegionSelection(lasso, DragTool.LASSO));
        assertEquals(List.of("w6", "w3", "w2", "w1", "w0"), selected());
        assertTrue(workspace.selectionProperty().get().name().endsWith("in a lasso"));
    }

    @Test
    void anEmptyRegionClearsTheSelection() {
        workspace.setLayout(layout());
        workspace.select(new WordGroup("before", List.of("w1")));
        map.selectRegion(new RegionSelection(new float[] {5, 5, 6, 5, 6, 6}, DragTool.LASSO));
        assertTrue(workspace.selectionProperty().get().isEmpty());
    }

    @Test
    void shiftClicksToggleWordsAndPlainClicksLeaveTheSelection() {
        workspace.setLayout(layout());
        map.clickPoint(new PointClick(0, true));
        map.clickPoint(new PointClick(8, true));
        assertEquals(List.of("w8", "w0"), selected(), "point 0 is w8, point 8 is w0");
        map.clickPoint(new PointClick(0, true));
        assertEquals(List.of("w0"), selected());
        map.clickPoint(new PointClick(3, false));
        assertEquals(List.of("w0"), selected());
    }

    @Test
    void pointsOutsideTheSelectionAreGreyedAndStayOnTheMap() {
        workspace.setLayout(layout());
        int before = map.coloringProperty().get().colors()[0];
        workspace.select(new WordGroup("one", List.of("w8")));
        int[] colors = map.coloringProperty().get().colors();
        assertEquals(9, colors.length);
        assertEquals(before, colors[0], "w8 keeps its colour");
        assertEquals(SelectionShading.DIMMED, colors[1]);
        map.dimUnselectedProperty().set(false);
        assertNotEquals(SelectionShading.DIMMED, map.coloringProperty().get().colors()[1]);
    }

    @Test
    void isolatingShowsOnlyTheSelectionWithItsNeighboursAndShowAllRestores() {
        MapLayout full = layout();
        workspace.setLayout(full);
        workspace.select(new WordGroup("two", List.of("w0", "w8")));
        isolation.isolate();
        assertTrue(isolation.isolatedProperty().get());
        assertEquals(List.of(8, 0), rows(workspace.layout()));
        assertEquals(0f, workspace.layout().positions()[2], "w0 keeps its place at (0, 0)");
        isolation.neighboursProperty().set(1);
        isolation.isolate();
        // w0's nearest neighbour is w1, w8's is w7; the map keeps its own order.
        assertEquals(List.of(8, 7, 1, 0), rows(workspace.layout()));
        isolation.showAll();
        assertFalse(isolation.isolatedProperty().get());
        assertEquals(full, workspace.layout());
    }

    @Test
    void isolatingNothingSaysHowToSelect() {
        workspace.setLayout(layout());
        isolation.isolate();
        assertTrue(isolation.messageProperty().get().contains("lasso"));
        assertEquals(9, workspace.layout().points());
    }

    private static List<Integer> rows(MapLayout layout) {
        return java.util.Arrays.stream(layout.rows()).boxed().toList();
    }
}
