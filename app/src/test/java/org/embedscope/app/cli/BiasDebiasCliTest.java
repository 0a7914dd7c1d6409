package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `bias debias` with the bundled lists on the bundled dataset, once; the file it writes is read back
 * and checked against the original direction. The benchmark figures are gensim's
 * evaluate_word_analogies and evaluate_word_pairs (restrict_vocab=30000) on the original vectors and
 * on a numpy hard debiasing (bench/bias_peer.py); lean recovery is scikit-learn's KMeans(n_init=10).
 */
class BiasDebiasCliTest {
    @TempDir
    static Path dir;

    private static JsonNode report;
    private static VectorStore original;
    private static VectorStore debiased;

    @BeforeAll
    static void debias() throws Exception {
        Path out = dir.resolve("debiased.txt");
        report = BiasCliTest.json("bias", "debias", "--to", "glove", "--out", out.toString(), "--json");
        original = BundledDataset.load(Progress.NONE);
        debiased = VectorFiles.open(out, OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false),
                Progress.NONE);
    }

    @Test
    void reportsWhatWasDoneAndWhatItCost() {
        assertEquals(49_802, report.get("neutralised").asInt());
        assertEquals(198, report.get("kept").asInt());
        assertEquals(41, report.get("equalised").asInt());
        assertEquals(0.656651, report.get("analogy_accuracy").get("before").asDouble(), 2e-6);
        assertEquals(0.661364, report.get("analogy_accuracy").get("after").asDouble(), 2e-6);
        assertEquals(0.574173, report.get("similarity_spearman").get("before").asDouble(), 2e-6);
        assertEquals(0.579721, report.get("similarity_spearman").get("after").asDouble(), 2e-6);
        assertEquals(1.0, report.get("lean_recovery").get("before").asDouble(), 0.0);
        assertEquals(0.681, report.get("lean_recovery").get("after").asDouble(), 0.02);
        assertEquals(1000, report.get("lean_recovery").get("words").asInt());
        JsonNode checks = report.get("checks");
        checks.fields().forEachRemaining(check -> assertTrue(check.getValue().asDouble() < 1e-6, check.toString()));
        assertTrue(Files.exists(Path.of(report.get("written").get(0).asText())));
    }

    @Test
    void theWrittenVectorsMeetHardDebiasingsPromises() {
        double[] g = BiasDirection.ofPairs(original, BundledBiasLists.definitionalPairs()).unit();
        Set<String> specific = new HashSet<>(BundledBiasLists.genderSpecific());
        int professions = 0;
        for (String word : BundledBiasLists.professionWords()) {
            int row = debiased.indexOf(word);
            if (row >= 0 && !specific.contains(word)) {
                assertTrue(Math.abs(dot(debiased.unitVector(row), g)) < 1e-3, word);
                professions++;
            }
        }
        assertEquals(270, professions);
        for (JsonNode pair : report.get("equalised_pairs")) {
            double[] a = debiased.unitVector(debiased.indexOf(pair.get(0).asText()));
            double[] b = debiased.unitVector(debiased.indexOf(pair.get(1).asText()));
            double[] difference = new double[g.length];
            double sumAlong = 0;
            for (int i = 0; i < g.length; i++) {
                difference[i] = a[i] - b[i];
                sumAlong += (a[i] + b[i]) * g[i];
            }
            double along = dot(difference, g);
            assertEquals(dot(difference, difference), along * along, 1e-5, pair + ": a - b is parallel to g");
            assertEquals(0, sumAlong, 1e-5, pair + ": a + b is orthogonal to g");
        }
        // Specific words are only normalised (those in no equalised pair; the file stores unit vectors).
        for (String word : new String[] {"actress", "ballerina", "beards"}) {
            double[] before = original.unitVector(original.indexOf(word));
            float[] after = debiased.vector(debiased.indexOf(word));
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i], after[i], 1e-6, word);
            }
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
