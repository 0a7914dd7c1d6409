package org.embedscope.app.gui.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.BruteForce;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.junit.jupiter.api.Test;

/** The neighbours panel's logic without a window, against brute-force expectations. */
class NeighborsViewModelTest {
    private final VectorStore store = TestStores.clusters();
    private final Workspace workspace = TestStores.workspaceWith(store);

    private static List<String> words(List<Neighbor> neighbors) {
        return neighbors.stream().map(Neighbor::word).toList();
    }

    @Test
    void focusingAWordListsItsNearestWordsAndMarksThemOnTheMap() {
        NeighborsViewModel model = new NeighborsViewModel(workspace, new SameThreadTaskExecutor());
        model.queryProperty().set("b3");
        model.search();
        int b3 = store.indexOf("b3");
        assertEquals(b3, workspace.selectedIndexProperty().get());
        assertEquals(BruteForce.nearestByCosine(store, b3, 10), words(model.results()));
        assertEquals("b3", model.headingProperty().get());
        List<Integer> marked = model.mapAnnotations().getValue().marks().stream().map(MapAnnotations.Mark::row).toList();
        assertEquals(model.results().stream().map(Neighbor::index).toList(), marked);
    }

    @Test
    void manhattanNeighboursAreTheL1Nearest() {
        NeighborsViewModel model = new NeighborsViewModel(workspace, new SameThreadTaskExecutor());
        model.metricProperty().set(Metric.MANHATTAN);
        model.kProperty().set(7);
        workspace.focus("c11");
        int c11 = store.indexOf("c11");
        assertEquals(BruteForce.nearestByManhattan(store, c11, 7), words(model.results()));
        assertEquals(BruteForce.manhattan(store, c11, model.results().get(0).index()), model.results().get(0).score(),
                1e-9);
    }

    @Test
    void anUnknownWordIsNamedWithSuggestionsAndTheFocusStays() {
        NeighborsViewModel model = new NeighborsViewModel(workspace, new SameThreadTaskExecutor());
        workspace.focus("a1");
        model.queryProperty().set("a9x");
        model.search();
        assertEquals("unknown word: a9x", model.messageProperty().get());
        model.queryProperty().set("a");
        model.search();
        assertEquals("unknown word: a \u2014 did you mean a0, a1, a2?", model.messageProperty().get());
        assertEquals(store.indexOf("a1"), workspace.selectedIndexProperty().get());
    }

    @Test
    void aNewerQueryReplacesOneStillWaiting() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        NeighborsViewModel model = new NeighborsViewModel(workspace, executor);
        workspace.focus("a0");
        workspace.focus("c0");
        executor.runAll();
        assertEquals(BruteForce.nearestByCosine(store, store.indexOf("c0"), 10), words(model.results()));
        assertEquals(2, executor.started());
    }

    @Test
    void selectingTheResultsMakesANamedGroupForOtherPanels() {
        NeighborsViewModel model = new NeighborsViewModel(workspace, new SameThreadTaskExecutor());
        model.kProperty().set(4);
        workspace.focus("a5");
        model.selectResults();
        var selection = workspace.selectionProperty().get();
        assertEquals("a5 and its 4 neighbours", selection.name());
        assertEquals(5, selection.words().size());
        assertEquals("a5", selection.words().get(0));
    }

    @Test
    void stateRoundTripsAndRestoringRunsNoQuery() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        NeighborsViewModel model = new NeighborsViewModel(workspace, executor);
        NeighborsState state = new NeighborsState("king - man", 25, Metric.DOT);
        model.restore(state);
        assertEquals(state, model.snapshot());
        assertEquals(0, executor.started(), "restoring k and metric starts no query");
        model.restore(NeighborsState.DEFAULT);
        assertEquals(NeighborsState.DEFAULT, model.snapshot());
    }
}
