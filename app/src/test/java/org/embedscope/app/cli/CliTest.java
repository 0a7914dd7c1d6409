package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.data.BundledDataset;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EmbedscopeCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void infoDescribesTheBundledDataset() throws Exception {
        Run run = run("info", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(50_000, json.get("words").asInt());
        assertEquals(100, json.get("dimension").asInt());
        // The bundled file stores half floats; it is not GloVe text, whatever the vectors' origin.
        assertEquals("float16", json.get("format").asText());
        assertFiniteNumber(json, "seconds");
    }

    /** A timing cannot be checked for its value, but it must be there and be a real number. */
    static double assertFiniteNumber(JsonNode json, String key) {
        JsonNode value = json.get(key);
        assertTrue(value != null && value.isNumber(), key + " should be a number in " + json);
        assertTrue(Double.isFinite(value.asDouble()) && value.asDouble() >= 0, key + " = " + value);
        return value.asDouble();
    }

    /**
     * Expected lists come from gensim 4.2: KeyedVectors.load_word2vec_format(no_header=True) on the
     * file `embedscope convert --to glove` wrote from the bundled dataset, then most_similar(word, topn=10).
     */
    @Test
    void neighborsMatchGensimOnTheBundledDataset() throws Exception {
        assertNeighbors("king", List.of("prince", "queen", "son", "brother", "monarch", "throne", "kingdom", "father",
                "emperor", "ii"), 0.768238, 0.667553);
        assertNeighbors("paris", List.of("france", "london", "brussels", "french", "rome", "amsterdam", "vienna",
                "berlin", "madrid", "strasbourg"), Double.NaN, Double.NaN);
        assertNeighbors("computer", List.of("computers", "software", "technology", "pc", "hardware", "internet",
                "desktop", "electronic", "systems", "computing"), Double.NaN, Double.NaN);
    }

    private void assertNeighbors(String word, List<String> expected, double firstScore, double lastScore)
            throws Exception {
        Run run = run("neighbors", word, "-k", "10", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(word, json.get("query").asText());
        assertEquals("cosine", json.get("metric").asText());
        List<String> words = new ArrayList<>();
        json.get("results").forEach(r -> words.add(r.get("word").asText()));
        assertEquals(expected, words);
        if (!Double.isNaN(firstScore)) {
            assertEquals(firstScore, json.get("results").get(0).get("score").asDouble(), 2e-6);
            assertEquals(lastScore, json.get("results").get(9).get("score").asDouble(), 2e-6);
        }
    }

    @Test
    void unknownWordExitsOneWithItsName() {
        Run run = run("neighbors", "qwxzzy", "--json");
        assertEquals(1, run.code());
        assertEquals("embedscope: unknown word: qwxzzy", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void badUsageExitsTwoWithoutStackTrace() {
        Run missing = run("neighbors");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Missing required parameter"), missing.err());
        Run unknownOption = run("info", "--frobnicate");
        assertEquals(2, unknownOption.code());
        Run badK = run("neighbors", "king", "-k", "0");
        assertEquals(2, badK.code());
        assertTrue(!badK.err().contains("Exception"), badK.err());
    }

    @Test
    void missingVectorFileExitsOne() {
        Run run = run("info", "--vectors", dir.resolve("nope.txt").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("nope.txt"), run.err());
    }

    @Test
    void convertToGloveRoundTripsTheStoredValues() throws Exception {
        Path out = dir.resolve("bundled.txt");
        Run run = run("convert", "--to", "glove", out.toString());
        assertEquals(0, run.code(), run.err());
        VectorStore original = BundledDataset.load(Progress.NONE);
        VectorStore written = VectorFiles.open(out, OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false),
                Progress.NONE);
        assertEquals(original.vocabulary().asList(), written.vocabulary().asList());
        assertArrayEquals(original.rawVectors(), written.rawVectors());

        Run again = run("neighbors", "queen", "--vectors", out.toString(), "--json");
        assertEquals(0, again.code(), again.err());
        assertEquals("princess", again.json().get("results").get(0).get("word").asText());
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : List.of("gui", "info", "neighbors", "analogy", "convert", "project", "bench",
                "bench-load", "evaluate")) {
            Run run = run(command, "--help");
            assertEquals(0, run.code(), command + ": " + run.err());
            assertTrue(run.out().contains("Usage: embedscope " + command), command + ": " + run.out());
        }
        Run nested = run("evaluate", "analogies", "--help");
        assertEquals(0, nested.code(), nested.err());
    }

    /** A command line is built for just the subcommand named first; the overview must still list all. */
    @Test
    void topLevelHelpListsEveryCommandButTheHiddenOne() {
        Run run = run("--help");
        assertEquals(0, run.code(), run.err());
        for (String command : List.of("gui", "info", "neighbors, neighbours", "analogy", "evaluate", "bench",
                "convert", "bench-load", "project", "help")) {
            assertTrue(run.out().contains("  " + command + " "), command + " missing from: " + run.out());
        }
        assertFalse(run.out().contains("train-startup"), run.out());
        Run alias = run("neighbours", "king", "-k", "1");
        assertEquals(0, alias.code(), alias.err());
        assertTrue(alias.out().startsWith("prince"), alias.out());
        Run unknown = run("neighbourz", "king");
        assertEquals(2, unknown.code());
    }

    /** The early warm-up reads raw arguments before picocli does: it must shrug off anything. */
    @Test
    void earlyWarmUpShrugsOffBadArgumentsAndTheParseStillReportsThem() {
        EvaluateAnalogiesCommand.startEarly(new String[] {"evaluate", "analogies", "--restrict", "many"});
        EvaluateAnalogiesCommand.startEarly(new String[] {"evaluate", "analogies", "--method", "nope"});
        EvaluateAnalogiesCommand.startEarly(new String[] {"evaluate", "analogies", "--restrict"});
        Run run = run("evaluate", "analogies", "--restrict", "many");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("many"), run.err());
    }

    /** The build trains the start-up archive with this; every command in it must keep working. */
    @Test
    void startupTrainingRunsEveryCommandSuccessfully() {
        Run run = run("train-startup");
        assertEquals(0, run.code(), run.err());
    }
}
