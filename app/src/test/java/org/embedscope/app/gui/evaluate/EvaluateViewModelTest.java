package org.embedscope.app.gui.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation panel without a window, on the three-cluster store and hand-made benchmark files. */
class EvaluateViewModelTest {
    private final VectorStore store = TestStores.clusters();
    private final Workspace workspace = TestStores.workspaceWith(store);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    @Test
    void aChosenQuestionFileIsScoredAndAnUnknownWordSkipsItsQuestion() throws Exception {
        Path questions = dir.resolve("questions.txt");
        // Inside a cluster every word is about as near as any other, across clusters none is: "a1 a2 :: c1 ?"
        // must be answered in cluster c. The third question names a word the store does not have.
        Files.writeString(questions, ": within\na1 a2 c1 c2\na1 a2 c1 a3\n: unknown\na1 a2 c1 zebra\n");
        dialogs.answerNextFileWith(questions);
        EvaluateViewModel model = new EvaluateViewModel(workspace, new SameThreadTaskExecutor(), dialogs);
        model.chooseAnalogyFile();
        assertEquals(questions, model.analogyFileProperty().get());
        model.runAnalogies();
        AnalogyReport report = model.analogyReportProperty().get();
        assertEquals("", model.messageProperty().get());
        assertEquals(2, report.total(), "the question with an unknown word is skipped, as gensim does");
        assertTrue(report.correct() <= 1, "a3 is wrong whenever c2 is right: at most one of the two");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void cancellingFreesTheRunButtonsAndLeavesNoReport() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        EvaluateViewModel model = new EvaluateViewModel(workspace, executor, dialogs);
        model.runSimilarity();
        assertTrue(model.runningProperty().get());
        executor.cancelNewestVisible();
        executor.runAll();
        assertFalse(model.runningProperty().get());
        assertNull(model.similarityReportProperty().get());
        assertEquals("", model.messageProperty().get(), "cancelling is not an error");
    }

    @Test
    void anUnreadableFileIsExplainedInThePanel() {
        EvaluateViewModel model = new EvaluateViewModel(workspace, new SameThreadTaskExecutor(), dialogs);
        model.similarityFileProperty().set(dir.resolve("missing.txt"));
        model.runSimilarity();
        assertTrue(model.messageProperty().get().startsWith("No such file: "), model.messageProperty().get());
        assertTrue(model.messageProperty().get().contains("missing.txt"), model.messageProperty().get());
    }

    @Test
    void stateRoundTrips() {
        EvaluateViewModel model = new EvaluateViewModel(workspace, new QueuedTaskExecutor(), dialogs);
        EvaluateState state = new EvaluateState(dir.resolve("q.txt"), dir.resolve("p.txt"), 30_000, AnalogyMethod.MUL);
        model.restore(state);
        assertEquals(state, model.snapshot());
        model.restore(EvaluateState.DEFAULT);
        assertEquals(EvaluateState.DEFAULT, model.snapshot());
    }
}
