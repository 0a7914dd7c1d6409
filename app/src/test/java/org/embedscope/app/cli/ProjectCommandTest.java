package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCommandTest {
    @TempDir
    Path dir;

    /** A tiny GloVe file: two groups of directions, so every method has something to show. */
    private Path vectors() throws Exception {
        StringBuilder text = new StringBuilder();
        String[] words = {"he", "she", "rich", "poor", "king", "queen"};
        double[][] v = {{1, 0, 0, 0.1}, {-1, 0, 0, 0.1}, {0, 2, 0, 0.1}, {0, -2, 0, 0.1}, {3, 4, 0, 0.2}, {-3, 4, 1, 0.2}};
        for (int i = 0; i < words.length; i++) {
            text.append(words[i]);
            for (double x : v[i]) {
                text.append(' ').append(x);
            }
            text.append('\n');
        }
        for (int i = 0; i < 60; i++) {
            text.append("w").append(i);
            for (int d = 0; d < 4; d++) {
                text.append(' ').append(Math.sin(i * 0.37 + d * 1.3) + (i % 3 == d ? 2 : 0));
            }
            text.append('\n');
        }
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void customAxesAreCosinesAndTheTsvHasAHeaderAndFileOrder() throws Exception {
        Path out = dir.resolve("custom.tsv");
        CliTest.Run run = CliTest.run("project", "--vectors", vectors().toString(), "--method", "custom",
                "--x", "he - she", "--y", "rich - poor", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals("custom", json.get("method").asText());
        assertEquals(66, json.get("points").asInt());
        assertEquals(2, json.get("dims").asInt());
        List<String> lines = Files.readAllLines(out);
        assertEquals("word\tx\ty", lines.get(0));
        assertEquals(67, lines.size());
        // king = (3, 4, 0, 0.2); x axis (2, 0, 0, 0), y axis (0, 4, 0, 0): cosines 3/|king|, 4/|king|.
        String[] king = lines.get(5).split("\t");
        assertEquals("king", king[0]);
        double norm = Math.sqrt(9 + 16 + 0.04);
        assertEquals(3 / norm, Double.parseDouble(king[1]), 1e-6);
        assertEquals(4 / norm, Double.parseDouble(king[2]), 1e-6);
    }

    @Test
    void pcaReportsRatiosAndComponents() throws Exception {
        Path out = dir.resolve("pca.tsv");
        CliTest.Run run = CliTest.run("project", "--vectors", vectors().toString(), "--method", "pca", "--dims", "3",
                "--components", "2,3,4", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(4, json.get("explained_variance_ratio").size());
        double sum = 0;
        for (JsonNode r : json.get("explained_variance_ratio")) {
            sum += r.asDouble();
        }
        assertEquals(1, sum, 1e-5);
        assertEquals("[2,3,4]", json.get("components").toString());
        assertEquals("word\tx\ty\tz", Files.readAllLines(out).get(0));
    }

    @Test
    void umapReportsItsSettingsAndASeedGivesTheSameFile() throws Exception {
        Path first = dir.resolve("umap-1.tsv");
        Path second = dir.resolve("umap-2.tsv");
        for (Path out : List.of(first, second)) {
            CliTest.Run run = CliTest.run("project", "--vectors", vectors().toString(), "--method", "umap",
                    "--neighbours", "8", "--min-dist", "0.3", "--seed", "4", "--epochs", "60", "--dims", "3",
                    "--out", out.toString(), "--json");
            assertEquals(0, run.code(), run.err());
            JsonNode json = run.json();
            assertEquals(66, json.get("points").asInt());
            assertEquals(8, json.get("neighbours").asInt());
            assertEquals(0.3, json.get("min_dist").asDouble());
            assertEquals(60, json.get("epochs").asInt());
            assertTrue(List.of("spectral", "pca").contains(json.get("initialisation").asText()));
        }
        List<String> lines = Files.readAllLines(first);
        assertEquals(lines, Files.readAllLines(second));
        assertEquals(4, lines.get(1).split("\t").length, "word x y z");
    }

    @Test
    void tsneReportsKlAndFaithfulness() throws Exception {
        Path out = dir.resolve("tsne.tsv");
        CliTest.Run run = CliTest.run("project", "--vectors", vectors().toString(), "--method", "tsne",
                "--perplexity", "5", "--iterations", "1000", "--limit", "50", "--faithfulness", "5",
                "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(50, json.get("points").asInt());
        // scikit-learn 1.2 TSNE(perplexity=5, method="exact", n_iter=1000, learning_rate="auto", init="pca") on
        // the same 50 rows ends at KL 0.2192 (bench/regenerate_expected_values.py); a map as well optimised
        // lands near it.
        assertEquals(0.2192, CliTest.assertFiniteNumber(json, "kl_divergence"), 0.08);
        double faithfulness = json.get("faithfulness").asDouble();
        assertTrue(faithfulness > 0.3 && faithfulness <= 1, "faithfulness " + faithfulness);
        assertEquals(51, Files.readAllLines(out).size());
    }

    @Test
    void mistakesAreUsageErrorsAndUnknownWordsAreNamed() throws Exception {
        String file = vectors().toString();
        String out = dir.resolve("x.tsv").toString();
        assertEquals(2, CliTest.run("project", "--vectors", file, "--method", "tsne", "--dims", "4", "--out", out).code());
        assertEquals(2, CliTest.run("project", "--vectors", file, "--method", "custom", "--x", "he", "--out", out).code());
        assertEquals(2, CliTest.run("project", "--vectors", file, "--method", "pca", "--components", "1,9",
                "--out", out).code());
        assertEquals(2, CliTest.run("project", "--vectors", file, "--method", "tsne", "--perplexity", "80",
                "--out", out).code());
        CliTest.Run unknown = CliTest.run("project", "--vectors", file, "--method", "custom", "--x", "he - zzz",
                "--y", "rich", "--out", out);
        assertEquals(1, unknown.code());
        assertEquals("embedscope: unknown word: zzz", unknown.err().strip());
        CliTest.Run zero = CliTest.run("project", "--vectors", file, "--method", "custom", "--x", "he - he",
                "--y", "rich", "--out", out);
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("zero vector"), zero.err());
        CliTest.Run malformed = CliTest.run("project", "--vectors", file, "--method", "custom", "--x", "he -",
                "--y", "rich", "--out", out);
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().startsWith("embedscope: axis 'he -'"), malformed.err());
    }

    @Test
    void aWordListIsProjectedInItsOrderAndMissingWordsAreReported() throws Exception {
        Path list = dir.resolve("royals.txt");
        Files.writeString(list, "# a word list\nqueen\nKing\nunicorn\nhe\n\nshe\n");
        Path out = dir.resolve("list.tsv");
        CliTest.Run run = CliTest.run("project", "--vectors", vectors().toString(), "--method", "pca",
                "--words", list.toString(), "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(4, json.get("points").asInt());
        assertEquals("[\"unicorn\"]", json.get("missing_words").toString());
        assertTrue(run.err().contains("1 of the words in " + list + " is not in the vocabulary and left out: unicorn"),
                run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("queen", "king", "he", "she"),
                lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[0]).toList());
        // PCA of just these four words: centred on their own mean, so the coordinates sum to zero.
        double sumX = lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split("\t")[1])).sum();
        assertEquals(0, sumX, 1e-5);
    }

    @Test
    void aWordListWithNoKnownWordOrTooFewForTsneIsRefused() throws Exception {
        Path none = dir.resolve("none.txt");
        Files.writeString(none, "unicorn\ndragon\n");
        String out = dir.resolve("x.tsv").toString();
        CliTest.Run empty = CliTest.run("project", "--vectors", vectors().toString(), "--method", "pca",
                "--words", none.toString(), "--out", out);
        assertEquals(2, empty.code());
        assertEquals("embedscope: none of the words is in the vocabulary: unicorn, dragon", empty.err().strip());
        Path few = dir.resolve("few.txt");
        Files.writeString(few, "he\nshe\nking\nqueen\nrich\npoor\n");
        CliTest.Run tsne = CliTest.run("project", "--vectors", vectors().toString(), "--method", "tsne",
                "--words", few.toString(), "--out", out);
        assertEquals(2, tsne.code());
        assertTrue(tsne.err().contains("perplexity 30 is too high for 6 words"), tsne.err());
    }
}
