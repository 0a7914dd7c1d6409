package org.embedscope.app.gui.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.WordScore;
import org.junit.jupiter.api.Test;

/** The direction section on vectors where every cosine can be worked out by hand. */
class DirectionViewModelTest {
    /**
     * she = (1, 1, 0) and he = (-1, 1, 0), so unit(she) - unit(he) points along x: the direction is
     * (1, 0, 0) and a word's score is its x over its length.
     */
    private static VectorStore tiny() {
        String[] words = {"she", "he", "nurse", "engineer", "table", "mary"};
        float[] v = {
            1, 1, 0,
            -1, 1, 0,
            3, 0, 4,
            -1, 0, 1,
            0, 0, 2,
            2, 1, 2,
        };
        return VectorStore.of(words, v, 3, DatasetInfo.of("tiny", "memory", "test"));
    }

    private final VectorStore store = tiny();
    private final Workspace workspace = TestStores.workspaceWith(store);
    private final BiasViewModel panel = new BiasViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs());
    private final DirectionViewModel model = panel.direction();

    private void analyseOnePair(String... words) {
        model.sourceProperty().set(DirectionSource.PAIR);
        model.firstProperty().set("She");
        model.secondProperty().set("he");
        model.wordsProperty().set(WordListSource.TYPED);
        model.typedWordsProperty().set(String.join("\n", words));
        model.analyse();
    }

    @Test
    void aPairGivesHandComputedScoresDirectBiasAndEnds() {
        analyseOnePair("nurse", "engineer, Table", "mary", "unicorn");
        DirectionAnalysis analysis = model.analysisProperty().get();
        assertNotNull(analysis, model.messageProperty().get());
        assertEquals("", model.messageProperty().get());
        // "She" falls back to she; cosines: nurse 3/5, engineer -1/sqrt 2, table 0, mary 2/3.
        List<WordScore> scores = analysis.scores();
        assertEquals(List.of("nurse", "engineer", "table", "mary"), scores.stream().map(WordScore::word).toList());
        assertEquals(0.6, scores.get(0).score(), 1e-6);
        assertEquals(-Math.sqrt(0.5), scores.get(1).score(), 1e-6);
        assertEquals(0, scores.get(2).score(), 1e-6);
        assertEquals((0.6 + Math.sqrt(0.5) + 2.0 / 3) / 4, analysis.directBias(), 1e-6, "DirectBias c = 1: mean |cos|");
        assertTrue(model.noteProperty().get().contains("unicorn"), model.noteProperty().get());
        assertEquals("he", analysis.negativeEnd());
        assertEquals("she", analysis.positiveEnd());
        // The extremes leave out the pair's own words: mary leans most to she, engineer to he.
        assertEquals(List.of("mary", "nurse"),
                analysis.extremes().positive().subList(0, 2).stream().map(WordScore::word).toList());
        assertEquals("engineer", analysis.extremes().negative().get(0).word());
    }

    @Test
    void strictnessTwoAveragesSquaredCosines() {
        model.strictnessProperty().set(2);
        analyseOnePair("nurse", "engineer", "table");
        assertEquals((0.36 + 0.5) / 3, model.analysisProperty().get().directBias(), 1e-6);
    }

    @Test
    void theMapShowsThePairAsAnArrowAndTheExtremeWords() {
        analyseOnePair("nurse", "engineer", "table");
        MapAnnotations marks = panel.mapAnnotations().getValue();
        assertEquals(1, marks.links().size());
        assertEquals(new MapAnnotations.Link(1, 0, marks.links().get(0).color(), false), marks.links().get(0),
                "from he to she");
        assertTrue(marks.marks().stream().anyMatch(m -> m.row() == 2), "nurse is marked");
    }

    @Test
    void colouringTheMapGivesEveryPointOfTheLayoutAColourByItsLean() {
        analyseOnePair("nurse", "engineer", "table");
        int[] rows = {0, 1, 2, 3, 4, 5};
        workspace.setLayout(new MapLayout(rows, new float[12], 2, "test", List.of("x", "y"), false));
        panel.colourMap();
        MapColoring coloring = workspace.coloringProperty().get();
        assertNotNull(coloring, panel.mapMessageProperty().get());
        assertTrue(coloring.fits(workspace.layout()));
        assertEquals(3, coloring.legend().size());
        int table = coloring.colors()[4];
        int nurse = coloring.colors()[2];
        int engineer = coloring.colors()[3];
        assertTrue(blue(nurse) > red(nurse), "nurse is toward the purple (she) end");
        assertTrue(red(engineer) > blue(engineer), "engineer is toward the orange (he) end");
        assertEquals(red(table), green(table), 2, "table is neutral grey");
    }

    @Test
    void theGenderPresetIsRefusedWhenMostOfItsPairsAreMissing() {
        model.sourceProperty().set(DirectionSource.GENDER_PAIRS);
        model.analyse();
        assertNull(model.analysisProperty().get());
        String message = model.messageProperty().get();
        assertTrue(message.contains("pairs") && message.contains("not in the vocabulary"), message);
    }

    @Test
    void theSelectionCanBeTheListAndAnEmptySelectionSaysWhatToDo() {
        model.sourceProperty().set(DirectionSource.PAIR);
        model.wordsProperty().set(WordListSource.SELECTION);
        model.analyse();
        assertTrue(model.messageProperty().get().contains("Nothing is selected"), model.messageProperty().get());
        workspace.select(new WordGroup("two words", List.of("nurse", "table")));
        model.analyse();
        assertEquals(List.of("nurse", "table"),
                model.analysisProperty().get().scores().stream().map(WordScore::word).toList());
    }

    @Test
    void aListWithTooManyUnknownWordsIsRefusedNamingThem() {
        analyseOnePair("nurse", "unicorn", "griffin");
        assertNull(model.analysisProperty().get());
        String message = model.messageProperty().get();
        assertTrue(message.contains("unicorn") && message.contains("griffin") && message.contains("20%"), message);
    }

    @Test
    void anExpressionWithNoDirectionIsRefused() {
        model.sourceProperty().set(DirectionSource.EXPRESSION);
        model.expressionProperty().set("she - she");
        model.analyse();
        assertTrue(model.messageProperty().get().contains("zero"), model.messageProperty().get());
    }

    @Test
    void indirectBiasOfTwoWordsOnTheDirection() {
        analyseOnePair("nurse", "engineer", "table");
        model.indirectFirstProperty().set("nurse");
        model.indirectSecondProperty().set("mary");
        model.computeIndirect();
        // nurse = (0.6, 0, 0.8), mary = (2, 1, 2)/3: cos = (1.2 + 1.6)/3; without x: (0, 0, 1) and (0, 1, 2)/sqrt 5.
        double cos = 2.8 / 3;
        double without = 2 / Math.sqrt(5);
        assertEquals((cos - without) / cos, model.indirectProperty().get().beta(), 1e-6);
    }

    @Test
    void aNewDatasetIsAnalysedAtOnce() {
        analyseOnePair("nurse", "engineer");
        VectorStore other = tiny();
        workspace.setDataset(other, null);
        assertNotNull(model.analysisProperty().get());
        assertEquals(2, model.analysisProperty().get().scores().size());
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    private static int blue(int argb) {
        return argb & 0xFF;
    }
}
