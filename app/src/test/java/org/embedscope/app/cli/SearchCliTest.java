package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * neighbors with expressions and metrics, analogy, evaluate and bench on the bundled dataset.
 * Expected values come from gensim 4.2 on the GloVe text that `embedscope convert --to glove` writes
 * from the bundled dataset (KeyedVectors.load_word2vec_format(no_header=True)).
 */
class SearchCliTest {
    @TempDir
    Path dir;

    private static List<String> words(JsonNode json) {
        List<String> words = new ArrayList<>();
        json.get("results").forEach(r -> words.add(r.get("word").asText()));
        return words;
    }

    @Test
    void expressionNeighboursAreGensimsAnalogy() throws Exception {
        // gensim most_similar(positive=['king', 'woman'], negative=['man'], topn=5): queen 0.769864, monarch
        // 0.684355, throne, daughter, princess. "King" is only known lower-cased.
        CliTest.Run run = CliTest.run("neighbors", "King - man + woman", "-k", "5", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("queen", "monarch", "throne", "daughter", "princess"), words(json));
        assertEquals(0.769864, json.get("results").get(0).get("score").asDouble(), 2e-6);
        assertEquals(0.684355, json.get("results").get(1).get("score").asDouble(), 2e-6);
        assertEquals("king", json.get("lower_cased").get(0).get("word").asText());
    }

    @Test
    void analogyMethodsMatchGensim() throws Exception {
        // gensim most_similar_cosmul(positive=['king', 'woman'], negative=['man'], topn=5)
        CliTest.Run mul = CliTest.run("analogy", "man", "woman", "king", "--method", "mul", "-k", "5", "--json");
        assertEquals(0, mul.code(), mul.err());
        assertEquals(List.of("queen", "monarch", "throne", "princess", "elizabeth"), words(mul.json()));
        assertEquals(0.896462, mul.json().get("results").get(0).get("score").asDouble(), 2e-6);
        // gensim most_similar(positive=['paris', 'germany'], negative=['france'], topn=3)
        CliTest.Run add = CliTest.run("analogy", "france", "paris", "germany", "-k", "3", "--expect", "vienna", "--json");
        assertEquals(List.of("berlin", "frankfurt", "vienna"), words(add.json()));
        assertEquals(0.884656, add.json().get("results").get(0).get("score").asDouble(), 2e-6);
        assertEquals(3, add.json().get("expected").get("rank").asInt());
    }

    @Test
    void includedInputsCanWin() throws Exception {
        JsonNode json = CliTest.run("analogy", "man", "woman", "king", "-k", "1", "--include-inputs", "--json").json();
        assertEquals(List.of("king"), words(json));
    }

    /** numpy brute force over the raw bundled vectors (bench/regenerate_expected_values.py). */
    @Test
    void otherMetricsAndTheirScores() throws Exception {
        assertDistances("euclidean", 4.0919736, 4.2811785, 4.4736140);
        assertDistances("manhattan", 32.8121796, 33.6051331, 34.7476940);
    }

    private static void assertDistances(String metric, double... distances) throws Exception {
        JsonNode json = CliTest.run("neighbors", "king", "--metric", metric, "-k", "3", "--json").json();
        assertEquals(metric, json.get("metric").asText());
        assertEquals(List.of("prince", "queen", "monarch"), words(json), metric);
        for (int i = 0; i < distances.length; i++) {
            assertEquals(distances[i], json.get("results").get(i).get("score").asDouble(), 2e-5, metric);
        }
    }

    @Test
    void evaluateAnalogiesAsGensim() throws Exception {
        // gensim evaluate_word_analogies(questions-words.txt, restrict_vocab=10000): 5123 of 7038,
        // capital-common-countries 435/462, capital-world 801/884, currency 26/106
        CliTest.Run run = CliTest.run("evaluate", "analogies", "--restrict", "10000", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(5123, json.get("correct").asInt());
        assertEquals(7038, json.get("total").asInt());
        assertEquals(5123.0 / 7038, json.get("accuracy").asDouble(), 1e-6);
        JsonNode sections = json.get("sections");
        assertEquals("capital-common-countries", sections.get(0).get("name").asText());
        assertEquals(435, sections.get(0).get("correct").asInt());
        assertEquals(884, sections.get(1).get("total").asInt());
        assertEquals(26, sections.get(2).get("correct").asInt());
        assertEquals("Total accuracy", sections.get(sections.size() - 1).get("name").asText());
    }

    @Test
    void evaluateSimilarityAsGensim() throws Exception {
        // gensim evaluate_word_pairs(EN-WS-353-ALL.txt): pearson 0.5776409, spearman 0.5503855, oov 1.133 %
        JsonNode json = CliTest.run("evaluate", "similarity", "--json").json();
        assertEquals(349, json.get("pairs").asInt());
        assertEquals(4, json.get("oov").asInt());
        assertEquals(0.5503855, json.get("spearman").asDouble(), 1e-6);
        assertEquals(0.5776409, json.get("pearson").asDouble(), 1e-6);
    }

    @Test
    void mistakesGetClearMessages() throws Exception {
        CliTest.Run syntax = CliTest.run("neighbors", "king + * man");
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().contains("expected a word, a number or '(' but found '*' at position 8"), syntax.err());
        CliTest.Run unknown = CliTest.run("analogy", "man", "woman", "xyzzyq");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("unknown word: xyzzyq"), unknown.err());
        CliTest.Run metric = CliTest.run("neighbors", "king", "--metric", "chebyshev");
        assertEquals(2, metric.code());
        assertTrue(metric.err().contains("unknown metric 'chebyshev' (expected cosine, euclidean, dot or manhattan)"),
                metric.err());
        assertEquals(2, CliTest.run("evaluate", "analogies", "--method", "pair").code());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "athens greece baghdad iraq\n");
        CliTest.Run noHeader = CliTest.run("evaluate", "analogies", bad.toString());
        assertEquals(1, noHeader.code());
        assertTrue(noHeader.err().contains("bad.txt, line 1: expected a section header"), noHeader.err());
    }

    @Test
    void benchReportsMedians() throws Exception {
        CliTest.Run run = CliTest.run("bench", "--queries", "100", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        for (String key : List.of("load_seconds", "index_seconds")) {
            CliTest.assertFiniteNumber(json, key);
        }
        for (String kind : List.of("neighbors", "analogy")) {
            double median = CliTest.assertFiniteNumber(json, kind + "_p50_ms");
            double p90 = CliTest.assertFiniteNumber(json, kind + "_p90_ms");
            assertTrue(median <= p90, kind + ": median " + median + " above p90 " + p90);
        }
        assertEquals(100, json.get("neighbor_queries").asInt());
        assertEquals(100, json.get("analogy_queries").asInt());
        assertEquals(50_000, json.get("words").asInt());
        assertEquals(100, json.get("dimension").asInt());
        // The int8 index holds at least one byte per component: 50,000 x 100 bytes = 4.77 MiB.
        double indexMib = CliTest.assertFiniteNumber(json, "index_mib");
        assertTrue(indexMib >= 4.7 && indexMib < 8, "index " + indexMib + " MiB");
    }
}
