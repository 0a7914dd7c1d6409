package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.embedscope.app.gui.analogy.AnalogyState;
import org.embedscope.app.gui.bias.BiasState;
import org.embedscope.app.gui.bias.DebiasState;
import org.embedscope.app.gui.bias.DirectionSource;
import org.embedscope.app.gui.bias.DirectionState;
import org.embedscope.app.gui.bias.WeatState;
import org.embedscope.app.gui.bias.WeatViewModel;
import org.embedscope.app.gui.bias.WordListSource;
import org.embedscope.app.gui.evaluate.EvaluateState;
import org.embedscope.app.gui.map.MapState;
import org.embedscope.app.gui.neighbors.NeighborsState;
import org.embedscope.app.gui.panel.Panel;
import org.embedscope.app.gui.projection.ColoringMode;
import org.embedscope.app.gui.projection.ColoringState;
import org.embedscope.app.gui.projection.ProjectionMethod;
import org.embedscope.app.gui.projection.ProjectionPanelState;
import org.embedscope.app.gui.projection.ProjectionState;
import org.embedscope.app.gui.projection.WordSource;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.model.search.PrefixIndex;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.model.Metric;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.render.scatter.Camera3D;
import org.embedscope.render.scatter.Viewport2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every panel's state is data: it survives snapshot, JSON and restore, and restoring starts no work. */
class StateRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private AppComposition app(QueuedTaskExecutor executor) {
        return new AppComposition(executor, new RecordingDialogs(),
                new RecentFiles(new UserSettings(new SettingsStore(dir))));
    }

    /** A state unlike the defaults in every field. */
    private AppState changed() {
        return new AppState(Map.of(
                "neighbours", new NeighborsState("king - man + woman", 33, Metric.MANHATTAN),
                "analogy", new AnalogyState("paris", "france", "rome", "italy", AnalogyMethod.PAIR_DIRECTION, true, 17),
                "map", new ProjectionPanelState(
                        new ProjectionState(ProjectionMethod.TSNE, 3, List.of(2, 4, 6), 12.5, 300, 750, 9,
                                Metric.EUCLIDEAN, List.of("rich - poor", "good - bad", "big - small"),
                                WordSource.LIST, 5000, "cat\ndog\nred", 25, 0.35, 300, 3.5),
                        new ColoringState(ColoringMode.CLUSTERS, 12, 20, 4, "kind", "gloss", 200, 4)),
                "bias", new BiasState(
                        new DirectionState(DirectionSource.EXPRESSION, "woman", "man", "king - queen", "",
                                WordListSource.TYPED, "cook\nsoldier", 20_000, 2.5, "nurse", "dancer", "good - bad"),
                        new WeatState(WeatViewModel.CUSTOM, "x: a, b", "y: c, d", "p: e, f", "q: g, h", 20_000, 7),
                        new DebiasState("doctor\nnurse")),
                "distances", new org.embedscope.app.gui.distances.DistancesState(
                        org.embedscope.model.distance.DistanceSource.RANDOM, Metric.EUCLIDEAN, 37, 400, 3000, 5000, 99),
                "bookmarks", new org.embedscope.app.gui.session.BookmarksState(),
                "evaluate", new EvaluateState(dir.resolve("q.txt"), dir.resolve("pairs.txt"), 40_000,
                        AnalogyMethod.MUL)),
                new MapState(new Viewport2D(0.25, -1.5, 120), new Camera3D(-35, 60, 12, -8, 700)));
    }

    @Test
    void everyPanelsStateSurvivesJson() throws Exception {
        AppState state = changed();
        AppComposition app = app(new QueuedTaskExecutor());
        assertEquals(state.panels().keySet(), Map.copyOf(app.snapshot().panels()).keySet(),
                "the changed state covers every registered panel");
        for (Panel<?> panel : app.panels()) {
            Record saved = state.panels().get(panel.id());
            Record read = JSON.readValue(JSON.writeValueAsString(saved), panel.model().stateType());
            assertEquals(saved, read, panel.id());
        }
        assertEquals(state.map(), JSON.readValue(JSON.writeValueAsString(state.map()), MapState.class));
    }

    @Test
    void restoringEveryPanelGivesItsStateBackAndStartsNothing() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        AppComposition app = app(executor);
        var store = TestStores.clusters();
        app.workspace().setDataset(store, PrefixIndex.of(store.vocabulary()));
        executor.runAll();
        app.workspace().focus("a1");
        executor.runAll();
        int started = executor.started();
        AppState defaults = app.snapshot();
        AppState state = changed();
        assertNotEquals(defaults, state);
        app.restore(state);
        assertEquals(state, app.snapshot());
        assertEquals(started, executor.started(), "restoring starts no background work, with a dataset loaded");
        app.restore(defaults);
        assertEquals(defaults, app.snapshot());
        assertEquals(started, executor.started());
    }

    @Test
    void aMapStateSavedBeforeUmapReadsWithUmapDefaults() throws Exception {
        ProjectionState saved = ((ProjectionPanelState) changed().panels().get("map")).projection();
        com.fasterxml.jackson.databind.node.ObjectNode old = JSON.valueToTree(saved);
        old.remove(List.of("umapNeighbours", "umapMinDist", "umapEpochs"));
        ProjectionState read = org.embedscope.app.session.SessionFiles.json().treeToValue(old, ProjectionState.class);
        assertEquals(15, read.umapNeighbours());
        assertEquals(0.1, read.umapMinDist());
        assertEquals(0, read.umapEpochs(), "auto");
        assertEquals(saved.perplexity(), read.perplexity());
        assertEquals(saved.wordList(), read.wordList());
    }
}
