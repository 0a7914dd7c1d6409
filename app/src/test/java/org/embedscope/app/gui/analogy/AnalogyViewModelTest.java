package org.embedscope.app.gui.analogy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.junit.jupiter.api.Test;

/** The analogy panel without a window, on vectors where king - man + woman is exactly queen. */
class AnalogyViewModelTest {
    /** Unit-length words: queen = king - man + woman on the nose, prince close to king. */
    private static VectorStore royals() {
        String[] words = {"man", "woman", "king", "queen", "prince", "apple"};
        double s = Math.sqrt(0.5);
        float[] v = {
            1, 0, 0, 0,
            0, 0, 1, 0,
            (float) s, (float) s, 0, 0,
            0, (float) s, (float) s, 0,
            0.6f, 0.8f, 0, 0,
            0, 0, 0, 1,
        };
        return VectorStore.of(words, v, 4, DatasetInfo.of("royals", "memory", "test"));
    }

    private final VectorStore store = royals();
    private final Workspace workspace = TestStores.workspaceWith(store);

    @Test
    void kingMinusManPlusWomanIsQueenAndTheParallelogramIsDrawn() {
        AnalogyViewModel model = new AnalogyViewModel(workspace, new SameThreadTaskExecutor());
        model.kProperty().set(3);
        model.solve();
        assertEquals("queen", model.answers().get(0).word());
        // unit(b) - unit(a) + unit(c) = (s - 1, s, 1, 0), |.|^2 = 2s^2 - 2s + 2 = 3 - 2s; queen . it = s(s + 1)
        double s = Math.sqrt(0.5);
        assertEquals(s * (s + 1) / Math.sqrt(3 - 2 * s), model.answers().get(0).score(), 1e-6);
        assertEquals("queen is the answer \u2714", model.expectedRankProperty().get());
        MapAnnotations marks = model.mapAnnotations().getValue();
        assertEquals(List.of(new MapAnnotations.Link(0, 2, marks.links().get(0).color(), false),
                new MapAnnotations.Link(1, 3, marks.links().get(1).color(), true)), marks.links());
        assertEquals(3, marks.marks().get(0).row(), "the answer gets the first label spot");
    }

    @Test
    void withTheInputsAllowedTheRankOfTheExpectedWordIsReported() {
        AnalogyViewModel model = new AnalogyViewModel(workspace, new SameThreadTaskExecutor());
        model.expectedProperty().set("prince");
        model.solve();
        assertTrue(model.expectedRankProperty().get().startsWith("prince ranks "), model.expectedRankProperty().get());
        model.expectedProperty().set("man");
        model.solve();
        assertEquals("man is one of the inputs, which are excluded", model.expectedRankProperty().get());
        model.expectedProperty().set("zebra");
        model.solve();
        assertEquals("zebra is not in the vocabulary", model.expectedRankProperty().get());
    }

    @Test
    void anUnknownInputIsNamedAndTheMarksCleared() {
        AnalogyViewModel model = new AnalogyViewModel(workspace, new SameThreadTaskExecutor());
        model.solve();
        model.cProperty().set("wombat");
        model.solve();
        assertEquals("unknown word: wombat", model.messageProperty().get());
        assertTrue(model.answers().isEmpty());
        assertEquals(MapAnnotations.NONE, model.mapAnnotations().getValue());
    }

    @Test
    void stateRoundTripsAndRestoringSolvesNothing() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        AnalogyViewModel model = new AnalogyViewModel(workspace, executor);
        model.solve();
        executor.runAll();
        int started = executor.started();
        AnalogyState state = new AnalogyState("paris", "france", "rome", "italy", AnalogyMethod.MUL, true, 25);
        model.restore(state);
        assertEquals(state, model.snapshot());
        assertEquals(started, executor.started(), "method, inputs and k restored without re-solving");
    }
}
