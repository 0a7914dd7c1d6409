package org.embedscope.app.gui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.testing.SameThreadApp;
import org.embedscope.app.gui.RecentFiles;
import org.embedscope.app.gui.analogy.AnalogyViewModel;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.lesson.Lesson;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled lesson step works on the bundled vectors, and a few say what the lesson text says they show. */
class BundledLessonsTest {
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

    @Test
    void everyStepOfEveryLessonCanBeSetUpOnTheBundledVectors() {
        AppComposition app = app();
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : app.lessons().lessons()) {
            for (int i = 0; i < lesson.size(); i++) {
                for (String problem : app.lessons().check(lesson, i)) {
                    problems.add(lesson.id() + " step " + (i + 1) + ": " + problem);
                }
                if (lesson.step(i).panel() != null) {
                    assertEquals(lesson.step(i).panel(), app.frontPanelProperty().get());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theAnalogyLessonShowsQueenAndThenKingWhenInputsMayAnswer() {
        AppComposition app = app();
        AnalogyViewModel analogy = (AnalogyViewModel) app.panel("analogy").model();
        app.lessons().start("analogies", 0);
        assertEquals("", app.lessons().noticeProperty().get());
        assertEquals("queen", analogy.answers().get(0).word());
        assertEquals(20, app.workspace().layout().points(), "the parallelogram's words are on the map");
        app.lessons().next();
        assertEquals("rome", analogy.answers().get(0).word());
        app.lessons().start("analogies", 3);
        assertEquals("king", analogy.answers().get(0).word(), "with the inputs allowed, king wins (0.84)");
        app.lessons().next();
        assertEquals("sydney", analogy.answers().get(0).word(), "where analogies fail: not canberra");
        assertTrue(analogy.expectedRankProperty().get().contains("10"), analogy.expectedRankProperty().get());
    }

    @Test
    void jumpingToAStepGivesItTheInputsOfTheStepsBefore() {
        AppComposition app = app();
        // Step 3 of the clusters lesson only switches the method; the 64 words come from step 1.
        app.lessons().start("clusters", 1);
        assertEquals(64, app.workspace().layout().points());
        var coloring = app.workspace().coloringProperty().get();
        assertNotNull(coloring);
        Set<Integer> clusters = new java.util.HashSet<>();
        IntStream.of(coloring.colors()).forEach(clusters::add);
        assertEquals(4, clusters.size(), "k-means made the four clusters the text talks about");
    }

    @Test
    void theDimensionsLessonShowsTheGapItsTextQuotes() {
        AppComposition app = app();
        var distances = (org.embedscope.app.gui.distances.DistancesViewModel) app.panel("distances").model();
        // The figures the step texts quote, from `embedscope distances --source random --metric euclidean`.
        app.lessons().start("dimensions", 0);
        assertEquals(33.07, distances.reportProperty().get().summary().contrast(), 0.01);
        app.lessons().start("dimensions", 2);
        assertEquals(1000, distances.reportProperty().get().summary().dims());
        assertEquals(1.06, distances.reportProperty().get().summary().contrast(), 0.005);
        app.lessons().next();
        var words = distances.reportProperty().get().summary();
        assertEquals(1.59, words.contrast(), 0.005, "words at 100 dimensions (PCA, euclidean)");
        app.lessons().next();
        assertEquals(0.42, distances.reportProperty().get().summary().meanNearest(), 0.005);
        assertEquals(2.38, distances.reportProperty().get().summary().contrast(), 0.005);
    }

    @Test
    void theEvaluationStepGetsTheAccuracyItsTextQuotes() {
        AppComposition app = app();
        var evaluate = (org.embedscope.app.gui.evaluate.EvaluateViewModel) app.panel("evaluate").model();
        app.lessons().start("analogies", 6);
        var report = evaluate.analogyReportProperty().get();
        // gensim evaluate_word_analogies(restrict_vocab=30000) on GloVe 6B: 10,031 of 15,276 (0.6567).
        assertEquals(15_276, report.total());
        assertEquals(0.6567, report.accuracy(), 5e-5);
    }

    @Test
    void aTeachersMistakesAreNamedNotSilentlySkipped() throws Exception {
        java.nio.file.Path folder = dir.resolve("lessons");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("mine.json"), """
                {"id": "mine", "title": "Mine", "steps": [
                  {"title": "One", "text": "Typos.", "panel": "analogy",
                   "inputs": {"analogy": {"a": "man", "bb": "king"}, "glossary": {"x": 1}},
                   "run": ["analogy.solve", "analogy.explode"],
                   "view": {"camera": {"pitch": -20}}}]}
                """);
        AppComposition app = new AppComposition(new SameThreadTaskExecutor(), new RecordingDialogs(),
                new RecentFiles(new UserSettings(new SettingsStore(dir))), folder);
        app.workspace().setDataset(store, PrefixIndex.of(store.vocabulary()));
        Lesson mine = app.lessons().library().find("mine").orElseThrow();
        List<String> problems = app.lessons().check(mine, 0);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.contains("the Analogy panel has no input bb"), problems.toString());
        assertTrue(problems.contains("the step sets inputs of a panel 'glossary' that this version does not have"),
                problems.toString());
        assertTrue(problems.contains("the step runs 'analogy.explode', which this version does not have"),
                problems.toString());
        assertTrue(problems.get(3).startsWith("the step's view is not a map view"), problems.get(3));
        assertEquals("man", ((AnalogyViewModel) app.panel("analogy").model()).aProperty().get(),
                "the inputs it could set are set");
    }

    @Test
    void onOtherVectorsMissingWordsAreNamedAndTheLessonGoesOn() {
        AppComposition app = app();
        VectorStore small = org.embedscope.app.gui.testing.TestStores.clusters();
        app.workspace().setDataset(small, PrefixIndex.of(small.vocabulary()));
        app.lessons().start("analogies", 0);
        String notice = app.lessons().noticeProperty().get();
        assertTrue(notice.startsWith("Not in these vectors: king, queen, man, woman."), notice);
        app.lessons().next();
        assertEquals(1, app.lessons().stepProperty().get(), "the lesson goes on");
        app.lessons().leave();
        assertEquals("", app.lessons().noticeProperty().get());
        assertTrue(!app.lessons().activeProperty().get());
    }
}
