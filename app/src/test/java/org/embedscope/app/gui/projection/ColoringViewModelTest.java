package org.embedscope.app.gui.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;
import org.junit.jupiter.api.Test;

/** Colouring the map without a window: exactly the map's words, recomputed with the map, cancel paths. */
class ColoringViewModelTest {
    private final VectorStore store = TestStores.clusters();
    private final Workspace workspace = new Workspace();
    private ProjectionViewModel projection;

    private ColoringViewModel open(TaskExecutor executor) {
        projection = new ProjectionViewModel(workspace, executor, new RecordingDialogs());
        ColoringViewModel coloring = new ColoringViewModel(workspace, executor);
        workspace.setDataset(store, PrefixIndex.of(store.vocabulary()));
        return coloring;
    }

    /** k-means should find the generated clusters: one colour per cluster, three in all. */
    private static void assertThreeClusters(MapColoring coloring, MapLayout layout, VectorStore store) {
        assertTrue(coloring.fits(layout));
        Set<Integer> all = new HashSet<>();
        for (String prefix : List.of("a", "b", "c")) {
            Set<Integer> inCluster = new HashSet<>();
            for (int p = 0; p < layout.points(); p++) {
                if (store.word(layout.rows()[p]).startsWith(prefix)) {
                    inCluster.add(coloring.colors()[p]);
                }
            }
            assertEquals(1, inCluster.size(), "cluster " + prefix + " has one colour");
            all.addAll(inCluster);
        }
        assertEquals(3, all.size());
    }

    @Test
    void clustersAreComputedForTheWordsOnTheMapAndAgainWhenTheMapShowsOthers() {
        ColoringViewModel coloring = open(new SameThreadTaskExecutor());
        coloring.modeProperty().set(ColoringMode.CLUSTERS);
        coloring.clustersProperty().set(3);
        coloring.apply();
        assertThreeClusters(workspace.coloringProperty().get(), workspace.layout(), store);
        assertEquals(3, workspace.coloringProperty().get().legend().size());

        // A map of 20 of the words: the colouring follows it at once, legend included.
        projection.settings().wordsProperty().set(WordSource.FIRST);
        projection.settings().firstCountProperty().set(40);
        projection.run();
        MapLayout subset = workspace.layout();
        assertEquals(40, subset.points());
        MapColoring recomputed = workspace.coloringProperty().get();
        assertTrue(recomputed.fits(subset), "the colouring is for the 40 words on the map");
        int members = recomputed.legend().stream().mapToInt(e -> Integer.parseInt(
                e.label().replaceAll(".*\\(([0-9,]+)\\)$", "$1").replace(",", ""))).sum();
        assertEquals(40, members, "the legend counts the words on the map");
    }

    @Test
    void faithfulnessOfATsneMapOfSomeWordsIsMeasuredOnThoseWords() {
        ColoringViewModel coloring = open(new SameThreadTaskExecutor());
        projection.settings().methodProperty().set(ProjectionMethod.TSNE);
        projection.settings().perplexityProperty().set(5);
        projection.settings().iterationsProperty().set(250);
        projection.settings().wordsProperty().set(WordSource.FIRST);
        projection.settings().firstCountProperty().set(50);
        projection.run();
        assertTrue(workspace.layout().title().startsWith("t-SNE"), workspace.layout().title());
        coloring.modeProperty().set(ColoringMode.FAITHFULNESS);
        coloring.neighboursProperty().set(5);
        coloring.apply();
        assertEquals("", coloring.messageProperty().get());
        MapColoring faithfulness = workspace.coloringProperty().get();
        assertTrue(faithfulness.fits(workspace.layout()));
        assertTrue(faithfulness.title().startsWith("Faithfulness"), faithfulness.title());
        assertEquals(50, faithfulness.colors().length);

        projection.settings().firstCountProperty().set(60);
        projection.run();
        assertTrue(workspace.coloringProperty().get().fits(workspace.layout()), "measured again for the new map");
        assertEquals(60, workspace.coloringProperty().get().colors().length);
    }

    @Test
    void escDuringKMeansFreesTheColourButton() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ColoringViewModel coloring = open(executor);
        executor.runAll();
        coloring.modeProperty().set(ColoringMode.CLUSTERS);
        coloring.apply();
        assertTrue(coloring.runningProperty().get());
        executor.cancelNewestVisible();
        executor.runAll();
        assertFalse(coloring.runningProperty().get(), "the Colour button is enabled again");
        assertNull(workspace.coloringProperty().get(), "the cancelled clustering coloured nothing");
        assertEquals("", coloring.messageProperty().get());
    }

    @Test
    void escDuringFaithfulnessFreesTheColourButtonToo() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ColoringViewModel coloring = open(executor);
        executor.runAll();
        coloring.modeProperty().set(ColoringMode.FAITHFULNESS);
        coloring.apply();
        coloring.cancel();
        executor.runAll();
        assertFalse(coloring.runningProperty().get());
    }

    @Test
    void tooManyClustersForTheMapIsExplained() {
        ColoringViewModel coloring = open(new SameThreadTaskExecutor());
        projection.settings().wordsProperty().set(WordSource.FIRST);
        projection.settings().firstCountProperty().set(8);
        projection.run();
        coloring.modeProperty().set(ColoringMode.CLUSTERS);
        coloring.clustersProperty().set(10);
        coloring.apply();
        assertEquals("Choose between 1 and 8 clusters for the 8 words on the map.", coloring.messageProperty().get());
    }

    @Test
    void stateRoundTrips() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ColoringViewModel coloring = open(executor);
        executor.runAll();
        int started = executor.started();
        ColoringState state = new ColoringState(ColoringMode.FAITHFULNESS, 7, 15, 3, "pos", "pos", 120, 3);
        coloring.restore(state);
        assertEquals(state, coloring.snapshot());
        assertEquals(started, executor.started(), "restoring starts no colouring");
    }
}
