package org.embedscope.app.gui.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.WordSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WEAT section's lists: typed, loaded, taken from the selection, and refused when words are missing. */
class WeatViewModelTest {
    /**
     * Targets x1, x2 lie on attribute a's axis and y1, y2 on b's: s(x) = 1, s(y) = -1, so the effect
     * size is 2 / sd(1, 1, -1, -1) = 2 / sqrt(4/3), and of the C(4, 2) = 6 partitions none beats the
     * observed one: p = 0, exactly.
     */
    private static VectorStore axes() {
        String[] words = {"x1", "x2", "y1", "y2", "a", "b"};
        float[] v = {
            1, 0,
            2, 0,
            0, 1,
            0, 3,
            1, 0,
            0, 1,
        };
        return VectorStore.of(words, v, 2, DatasetInfo.of("axes", "memory", "test"));
    }

    private final Workspace workspace = TestStores.workspaceWith(axes());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final WeatViewModel model =
            new BiasViewModel(workspace, new SameThreadTaskExecutor(), dialogs).weat();

    @TempDir
    Path dir;

    private void lists(String x, String y, String a, String b) {
        model.testProperty().set(WeatViewModel.CUSTOM);
        model.xProperty().set(x);
        model.yProperty().set(y);
        model.aProperty().set(a);
        model.bProperty().set(b);
    }

    @Test
    void typedListsGiveTheHandComputedEffectSizeAndAnExactPValue() {
        lists("mine: x1, x2", "y1\ny2", "a", "b");
        model.run();
        var result = model.resultProperty().get();
        assertNotNull(result, model.messageProperty().get());
        assertEquals(2 / Math.sqrt(4.0 / 3), result.effectSize(), 1e-9);
        assertEquals(0, result.pValue());
        assertTrue(result.exact());
        assertEquals(6, result.partitions());
        assertEquals("mine", result.x(), "a list may be named before a colon");
        assertEquals("Y", result.y());
    }

    @Test
    void aListCanComeFromAJsonFileOrTheSelection() throws Exception {
        lists("", "y1, y2", "a", "b");
        Path file = dir.resolve("targets.json");
        Files.writeString(file, "[\"x1\", \"x2\"]");
        model.loadList(0, file);
        assertEquals("targets: x1, x2", model.xProperty().get());
        workspace.select(new WordGroup("picked", List.of("a")));
        model.useSelection(2);
        assertEquals("picked: a", model.aProperty().get());
        model.run();
        assertNotNull(model.resultProperty().get(), model.messageProperty().get());
    }

    @Test
    void aSetMissingMoreThanAFifthIsRefusedNamingItsWords() {
        lists("x1, x2, zebra", "y1, y2", "a", "b");
        model.run();
        assertNull(model.resultProperty().get());
        String message = model.messageProperty().get();
        assertTrue(message.contains("zebra") && message.contains("X"), message);
    }

    @Test
    void anEmptyListIsRefused() {
        lists("x1, x2", "", "a", "b");
        model.run();
        assertTrue(model.messageProperty().get().contains("empty"), model.messageProperty().get());
    }

    @Test
    void aBrokenFileIsReportedAndTheListKept() throws Exception {
        lists("x1, x2", "y1, y2", "a", "b");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[\"x1\", 3]");
        model.loadList(0, file);
        assertEquals("x1, x2", model.xProperty().get());
        assertTrue(model.messageProperty().get().contains("broken.json"), model.messageProperty().get());
    }

    @Test
    void namedListsParse() {
        WordSet set = WeatViewModel.parseSet(axes(), "career: x1, x2", "A");
        assertEquals("career", set.name());
        assertEquals(List.of("x1", "x2"), set.words());
    }
}
