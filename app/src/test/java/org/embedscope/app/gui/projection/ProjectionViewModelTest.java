package org.embedscope.app.gui.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.app.gui.evaluate.EvaluateViewModel;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Map panel's projection without a window: word sets, validation, cancel, state. */
class ProjectionViewModelTest {
    private final VectorStore store = TestStores.clusters();
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    private ProjectionViewModel open(TaskExecutor executor) {
        ProjectionViewModel model = new ProjectionViewModel(workspace, executor, dialogs);
        workspace.setDataset(store, PrefixIndex.of(store.vocabulary()));
        return model;
    }

    private static ProjectionSettings tsneOfList(ProjectionViewModel model, String words) {
        ProjectionSettings settings = model.settings();
        settings.methodProperty().set(ProjectionMethod.TSNE);
        settings.perplexityProperty().set(3);
        settings.iterationsProperty().set(300);
        settings.wordsProperty().set(WordSource.LIST);
        settings.wordListProperty().set(words);
        return settings;
    }

    @Test
    void aNewDatasetStartsWithPcaOfEveryWord() {
        open(new SameThreadTaskExecutor());
        MapLayout layout = workspace.layout();
        assertEquals("PCA", layout.title());
        assertEquals(store.size(), layout.points());
        assertFalse(layout.live());
    }

    @Test
    void tsneOfATypedListPlacesExactlyThoseWordsAndNamesTheMissingOnes() {
        ProjectionViewModel model = open(new SameThreadTaskExecutor());
        tsneOfList(model, "a1\nb2\nc3\na4\nb5\nc6\na7\nb8\nc9\na10\nb11\nc12\nA13\nunicorn");
        model.run();
        MapLayout layout = workspace.layout();
        assertFalse(layout.live());
        int[] expected = java.util.stream.Stream.of("a1", "b2", "c3", "a4", "b5", "c6", "a7", "b8", "c9", "a10", "b11",
                "c12", "a13").mapToInt(store::indexOf).toArray();
        assertArrayEquals(expected, layout.rows(), "the list's words in its order, A13 found as a13");
        assertEquals(2 * 13, layout.positions().length);
        assertTrue(layout.title().startsWith("t-SNE (perplexity 3)"), layout.title());
        assertTrue(layout.title().endsWith("13 words"), layout.title());
        assertEquals("1 of the words is not in the vocabulary and left out: unicorn", model.messageProperty().get());
    }

    @Test
    void umapOfEveryWordIsLiveThenFinalAndNamesItsSettings() {
        ProjectionViewModel model = open(new SameThreadTaskExecutor());
        ProjectionSettings settings = model.settings();
        settings.dimsProperty().set(3);
        settings.methodProperty().set(ProjectionMethod.UMAP);
        settings.umapNeighboursProperty().set(10);
        settings.umapMinDistProperty().set(0.25);
        settings.umapEpochsProperty().set(80);
        boolean[] sawLive = new boolean[1];
        workspace.layoutProperty().addListener((o, old, layout) -> sawLive[0] |= layout != null && layout.live()
                && layout.title().equals("UMAP \u00b7 k = 10 \u00b7 min dist 0.25 \u00b7 live"));
        model.run();
        MapLayout layout = workspace.layout();
        assertTrue(sawLive[0], "the forming map was shown");
        assertFalse(layout.live());
        assertEquals("UMAP \u00b7 k = 10 \u00b7 min dist 0.25", layout.title());
        assertEquals(3, layout.dims());
        assertEquals(3 * store.size(), layout.positions().length);
        assertTrue(model.statusProperty().get().startsWith("epoch 80 of 80"), model.statusProperty().get());
    }

    @Test
    void umapSettingsThatCannotWorkAreRefusedAtOnce() {
        ProjectionViewModel model = open(new SameThreadTaskExecutor());
        MapLayout pca = workspace.layout();
        model.settings().methodProperty().set(ProjectionMethod.UMAP);
        model.settings().umapNeighboursProperty().set(store.size());
        model.run();
        assertSame(pca, workspace.layout());
        assertTrue(model.messageProperty().get().contains("neighbours are too many for 90 words"),
                model.messageProperty().get());
    }

    @Test
    void theSelectionCanBeProjected() {
        ProjectionViewModel model = open(new SameThreadTaskExecutor());
        workspace.select(new WordGroup("a few", List.of("c1", "c2", "a1", "a2", "b1")));
        model.settings().wordsProperty().set(WordSource.SELECTION);
        model.run();
        assertArrayEquals(new int[] {store.indexOf("c1"), store.indexOf("c2"), store.indexOf("a1"),
            store.indexOf("a2"), store.indexOf("b1")}, workspace.layout().rows());
    }

    @Test
    void settingsThatCannotWorkAreExplainedAndNothingRuns() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ProjectionViewModel model = open(executor);
        executor.runAll();
        int started = executor.started();
        tsneOfList(model, "a1\na2\na3\na4\na5\na6");
        model.settings().perplexityProperty().set(30);
        model.run();
        assertEquals("Perplexity 30 is too high for 6 words: it must be below a third of them (at most 1)",
                model.messageProperty().get());
        model.settings().wordsProperty().set(WordSource.SELECTION);
        model.run();
        assertTrue(model.messageProperty().get().startsWith("Nothing is selected"), model.messageProperty().get());
        assertEquals(started, executor.started(), "no task was started");
    }

    @Test
    void escBeforeTheRunStartsBringsThePreviousMapBackAndFreesTheButtons() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ProjectionViewModel model = open(executor);
        executor.runAll();
        MapLayout pca = workspace.layout();
        tsneOfList(model, "a1\na2\na3\nb1\nb2\nb3\nc1\nc2\nc3\nc4\nc5\nc6\nc7");
        model.run();
        assertTrue(model.runningProperty().get());
        executor.cancelNewestVisible();
        executor.runAll();
        assertSame(pca, workspace.layout());
        assertFalse(model.runningProperty().get(), "Project can be pressed again");
        assertFalse(model.pausedProperty().get());
        assertEquals("Cancelled; the previous map is back.", model.statusProperty().get());
    }

    @Test
    void cancelWhileTheMapFormsBringsThePreviousMapBack() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        ProjectionViewModel model = open(executor);
        MapLayout pca = workspace.layout();
        tsneOfList(model, "a1\na2\na3\nb1\nb2\nb3\nc1\nc2\nc3\nc4\nc5\nc6\nc7");
        boolean[] sawLive = new boolean[1];
        workspace.layoutProperty().addListener((o, old, layout) -> {
            if (layout != null && layout.live() && !sawLive[0]) {
                sawLive[0] = true;
                model.cancel();
            }
        });
        model.run();
        assertTrue(sawLive[0], "the half-formed map was shown");
        assertSame(pca, workspace.layout(), "and replaced by the map from before when cancelled");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void eachPanelsProgressIsItsOwn() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ProjectionViewModel model = open(executor);
        EvaluateViewModel evaluate = new EvaluateViewModel(workspace, executor, dialogs);
        executor.runAll();
        tsneOfList(model, "a1\na2\na3\nb1\nb2\nb3\nc1\nc2\nc3\nc4\nc5\nc6\nc7");
        double[] seen = new double[2];
        workspace.layoutProperty().addListener((o, old, layout) -> {
            if (layout != null && layout.live()) {
                seen[0] = model.progressProperty().get();
                seen[1] = evaluate.progressProperty().get();
            }
        });
        model.run();
        Path questions = dir.resolve("q.txt");
        Files.writeString(questions, ": s\na1 a2 b1 b2\n");
        evaluate.analogyFileProperty().set(questions);
        evaluate.runAnalogies();
        executor.runAll();
        assertTrue(seen[0] >= 0, "t-SNE reported how far it got: " + seen[0]);
        assertEquals(-1, seen[1], "the waiting evaluation shows its own, still unknown, progress, not t-SNE's");
    }

    @Test
    void changingDimensionsReprojectsButRestoringStartsNothing() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ProjectionViewModel model = open(executor);
        executor.runAll();
        int started = executor.started();
        model.settings().dimsProperty().set(3);
        executor.runAll();
        assertEquals(started + 1, executor.started());
        assertEquals(3, workspace.layout().dims());

        ProjectionState state = new ProjectionState(ProjectionMethod.CUSTOM, 2, List.of(4, 5, 6), 12, 200, 700, 7,
                Metric.EUCLIDEAN, List.of("a1 - b1", "c1", "a2"), WordSource.FIRST, 40, "a1\nb1", 30, 0.25, 120, 2.5);
        model.restore(state);
        assertEquals(state, model.snapshot());
        assertEquals(started + 1, executor.started(), "restoring, dimensions included, starts no projection");
    }

    @Test
    void aWordListCanBeLoadedFromAFile() throws Exception {
        ProjectionViewModel model = open(new SameThreadTaskExecutor());
        Path list = dir.resolve("animals.txt");
        Files.writeString(list, "# animals\na1\n\na2\n");
        dialogs.answerNextFileWith(list);
        model.loadWordList();
        assertEquals("a1\na2", model.settings().wordListProperty().get());
        assertEquals(WordSource.LIST, model.settings().wordsProperty().get());
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xff, '\n'});
        dialogs.answerNextFileWith(bad);
        model.loadWordList();
        assertEquals("bad.txt, line 2: not UTF-8 text.", model.messageProperty().get());
    }
}
