package org.embedscope.app.gui.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.gui.task.SameThreadTaskExecutor;
import org.embedscope.app.gui.testing.RecordingDialogs;
import org.embedscope.app.gui.testing.TestStores;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasScores;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.bias.WordScore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bias panel's presets on the bundled GloVe words, as a user first sees them. */
class BiasOnBundledDataTest {
    private static VectorStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private BiasViewModel panel;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        store = BundledDataset.load(Progress.NONE);
    }

    private BiasViewModel open() {
        panel = new BiasViewModel(new org.embedscope.app.gui.workspace.Workspace(), new SameThreadTaskExecutor(),
                dialogs);
        // Loading a dataset is what runs the presets (the gender direction on the professions, WEAT 6).
        panel.workspace().setDataset(store, org.embedscope.model.search.PrefixIndex.of(store.vocabulary()));
        return panel;
    }

    @Test
    void genderDirectionOnTheProfessionsNeedsNoTyping() {
        DirectionAnalysis analysis = open().direction().analysisProperty().get();
        assertNotNull(analysis, panel.direction().messageProperty().get());
        double[] ratios = analysis.direction().explainedVarianceRatio();
        assertEquals(10, ratios.length);
        assertTrue(ratios[0] > ratios[1], "the first component dominates");
        Map<String, Double> scores = analysis.scores().stream()
                .collect(Collectors.toMap(WordScore::word, WordScore::score));
        assertTrue(scores.get("nurse") > 0.1, "nurse leans to she");
        assertTrue(scores.get("carpenter") < 0, "carpenter leans to he");
        assertTrue(panel.direction().noteProperty().get().contains("adjunct_professor"),
                "phrases GloVe does not have are named, not dropped silently");
        assertEquals(285, analysis.scores().size());
        assertEquals(320, analysis.words().asked());
    }

    @Test
    void weatSixRunsAtOnceWithAnExactPValue() {
        var result = open().weat().resultProperty().get();
        assertNotNull(result, panel.weat().messageProperty().get());
        assertTrue(result.exact());
        assertEquals(12_870, result.partitions(), "C(16, 8) partitions of 8 male and 8 female names");
        assertTrue(result.effectSize() > 1, "career vs family by names is a large effect in GloVe");
        assertTrue(result.pValue() < 0.01);
    }

    @Test
    void aBundledWeatTestMissingTooManyWordsIsRefusedWithTheirNames() {
        open().weat().testProperty().set("weat3");
        assertEquals(null, panel.weat().resultProperty().get());
        String message = panel.weat().messageProperty().get();
        assertTrue(message.contains("Jamel") && message.contains("20%"), message);
    }

    @Test
    void debiasingNeutralisesTheProfessionsAndExportsTheVectors() throws Exception {
        open().debias().compareWordsProperty().set("nurse\nprogrammer\nbrother");
        panel.debias().run();
        DebiasOutcome outcome = panel.debias().outcomeProperty().get();
        assertNotNull(outcome, panel.debias().messageProperty().get());
        Set<String> specific = new HashSet<>(BundledBiasLists.genderSpecific());
        for (WordPair pair : outcome.result().equalised()) {
            specific.add(pair.first());
            specific.add(pair.second());
        }
        VectorStore after = outcome.result().vectors();
        int checked = 0;
        for (String word : BundledBiasLists.professionWords()) {
            int row = store.indexOf(word);
            if (row >= 0 && !specific.contains(word)) {
                assertTrue(Math.abs(BiasScores.cosine(after, row, outcome.result().direction())) < 1e-3, word);
                checked++;
            }
        }
        assertTrue(checked > 250, checked + " professions checked");
        List<String> compared = outcome.changes().stream().map(DebiasOutcome.WordChange::word).toList();
        assertEquals(List.of("nurse", "programmer", "brother"), compared);
        assertTrue(Math.abs(outcome.changes().get(0).before()) > 0.1);
        assertTrue(outcome.lean().before() > outcome.lean().after(), "debiasing hides some of the lean");
        assertTrue(outcome.lean().after() > 0.55, "but clustering still finds much of it (Gonen and Goldberg)");

        Path file = dir.resolve("debiased.txt");
        panel.debias().exportTo(outcome, file);
        VectorStore written = VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE);
        assertEquals(store.size(), written.size());
        int nurse = written.indexOf("nurse");
        assertEquals(0, BiasScores.cosine(written, nurse, outcome.result().direction()), 1e-3);
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.header().contains("exported")), dialogs.shown.toString());
    }
}
