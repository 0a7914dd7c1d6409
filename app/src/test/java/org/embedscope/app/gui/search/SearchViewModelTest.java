package org.embedscope.app.gui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.app.gui.task.QueuedTaskExecutor;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.find.MatchMode;
import org.embedscope.model.find.SearchResult;
import org.junit.jupiter.api.Test;

/** The search bar without a window. */
class SearchViewModelTest {
    private static VectorStore towns() {
        String[] words = {"nashville", "Nash", "ville", "knoxville", "village", "new_york"};
        return VectorStore.of(words, new float[words.length * 2], 2, DatasetInfo.of("towns", "memory", "test"));
    }

    private final Workspace workspace = TestStores.workspaceWith(towns());
    private final SearchViewModel model = new SearchViewModel(workspace, new SameThreadTaskExecutor());

    private List<String> found() {
        return model.matches().stream().map(SearchResult.Match::word).toList();
    }

    @Test
    void typingSearchesAndMarksTheMatchesOnTheMap() {
        model.patternProperty().set("ville");
        assertEquals(List.of("nashville", "ville", "knoxville"), found());
        assertEquals("3 words", model.summaryProperty().get());
        assertEquals(List.of(0, 2, 3), model.mapAnnotations().getValue().marks().stream()
                .map(m -> m.row()).toList());
    }

    @Test
    void wildcardsWholeWordsRegexAndCase() {
        model.patternProperty().set("*ville");
        assertEquals(List.of("nashville", "ville", "knoxville"), found());
        model.patternProperty().set("nash");
        assertEquals(List.of("nashville", "Nash"), found(), "case is ignored by default");
        model.ignoreCaseProperty().set(false);
        assertEquals(List.of("nashville"), found());
        model.modeProperty().set(MatchMode.WHOLE_WORD);
        model.patternProperty().set("york");
        assertEquals(List.of(), found(), "the underscore joins new_york into one word");
        model.patternProperty().set("ville");
        assertEquals(List.of("ville"), found());
        model.modeProperty().set(MatchMode.REGEX);
        model.patternProperty().set("^[kv]");
        assertEquals(List.of("ville", "knoxville", "village"), found());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aBadRegexSaysWhyAndKeepsTheText() {
        model.modeProperty().set(MatchMode.REGEX);
        model.patternProperty().set("(ville");
        assertTrue(model.messageProperty().get().contains("not valid"), model.messageProperty().get());
        assertEquals("(ville", model.patternProperty().get());
        assertEquals(List.of(), found());
    }

    @Test
    void theMatchesBecomeTheSelectionAndAClickFocusesOne() {
        model.patternProperty().set("ville");
        model.selectMatches();
        assertEquals(List.of("nashville", "ville", "knoxville"), workspace.selectionProperty().get().words());
        assertTrue(workspace.selectionProperty().get().name().contains("ville"));
        model.focus(model.matches().get(2));
        assertEquals(3, workspace.selectedIndexProperty().get());
    }

    @Test
    void restoringSetsInputsAndStartsNoSearch() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        SearchViewModel restored = new SearchViewModel(workspace, queued);
        restored.restore(new SearchState("nash", MatchMode.REGEX, false, ""));
        assertEquals(0, queued.started(), "no search started");
        assertEquals(new SearchState("nash", MatchMode.REGEX, false, ""), restored.snapshot());
    }
}
