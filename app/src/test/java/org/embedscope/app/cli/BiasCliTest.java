package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bias commands on the bundled dataset. Expected values come from numpy and scikit-learn
 * (bench/bias_peer.py's definitions, recomputed by bench/regenerate_expected_values.py): PCA of the
 * ten definitional pairs' centred unit vectors, cosines with its first component, and WEAT with the
 * sample standard deviation and every partition counted.
 */
class BiasCliTest {
    private static final double EPS = 2e-6;

    @TempDir
    Path dir;

    static JsonNode json(String... args) throws Exception {
        CliTest.Run run = CliTest.run(args);
        assertEquals(0, run.code(), run.err());
        return run.json();
    }

    private static Map<String, Double> scores(JsonNode projections) {
        Map<String, Double> scores = new HashMap<>();
        projections.forEach(p -> scores.put(p.get("word").asText(), p.get("score").asDouble()));
        return scores;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isObject() ? item.get("word").asText() : item.asText()));
        return texts;
    }

    @Test
    void theDefinitionalDirectionAndTheProfessionsProjectionsMatchNumpy() throws Exception {
        JsonNode json = json("bias", "direction", "--words", "professions", "--json");
        JsonNode ratios = json.get("explained_variance_ratio");
        assertEquals(10, ratios.size());
        assertEquals(0.508297, ratios.get(0).asDouble(), EPS);
        assertEquals(0.300777, ratios.get(1).asDouble(), EPS);
        assertEquals(0.066284, ratios.get(2).asDouble(), EPS);
        assertEquals(10, json.get("pairs").size());
        assertEquals(List.of("mary", "john"), texts(json.get("pairs").get(9)));
        Map<String, Double> scores = scores(json.get("projections"));
        assertEquals(0.221834, scores.get("nurse"), EPS);
        assertEquals(0.320003, scores.get("homemaker"), EPS);
        assertEquals(-0.203344, scores.get("carpenter"), EPS);
        assertEquals(-0.408354, scores.get("boss"), EPS);
        // 285 of the 320 professions are in the bundled 50,000 words; the other 35 (taxi_driver and
        // other phrases of word2vec's vocabulary among them) are listed.
        assertEquals(285, json.get("projections").size());
        assertEquals(35, json.get("missing").size());
        assertTrue(texts(json.get("missing")).contains("taxi_driver"), json.get("missing").toString());
    }

    @Test
    void withoutWordsTheExtremesAtBothEndsAreListed() throws Exception {
        JsonNode json = json("bias", "direction", "-k", "3", "--within", "50000", "--json");
        assertEquals(List.of("chiara", "rhoda", "irina", "tackle", "gundy", "defensive"), texts(json.get("projections")));
        assertEquals(50_000, json.get("within").asInt());
        assertEquals(List.of(), texts(json.get("missing")));
    }

    @Test
    void onePairAndExpressionsGiveDirectionsToo() throws Exception {
        JsonNode pair = json("bias", "direction", "--pair", "she", "he", "--words", "professions", "--json");
        assertEquals(List.of(1.0), List.of(pair.get("explained_variance_ratio").get(0).asDouble()));
        JsonNode expression = json("bias", "direction", "--expr", "she - he", "--words", "professions", "--json");
        assertEquals(0, expression.get("explained_variance_ratio").size());
        // she - he on unit vectors is the one pair's direction, so the projections agree.
        assertEquals(scores(pair.get("projections")).get("nurse"), scores(expression.get("projections")).get("nurse"),
                1e-6);
        CliTest.Run both = CliTest.run("bias", "direction", "--pair", "she", "he", "--expr", "she - he");
        assertEquals(2, both.code());
        assertEquals("embedscope: give only one of --pairs, --pair and --expr", both.err().strip());
    }

    @Test
    void directAndIndirectBiasMatchNumpy() throws Exception {
        assertEquals(0.150726, json("bias", "direct", "--json").get("direct_bias").asDouble(), EPS);
        JsonNode strict = json("bias", "direct", "--pairs", "gender", "--words", "professions", "--strictness", "2",
                "--json");
        assertEquals(0.030395, strict.get("direct_bias").asDouble(), EPS);
        assertEquals(285, strict.get("count").asInt());
        JsonNode beta = json("bias", "indirect", "receptionist", "softball", "--json");
        assertEquals(0.596950, beta.get("beta").asDouble(), EPS);
    }

    @Test
    void bundledWeatTestsMatchTheFormula() throws Exception {
        // Male vs female names, career vs family: no partition of the 16 names beats the observed one.
        JsonNode weat6 = json("bias", "weat", "--test", "weat6", "--json");
        assertEquals(1.717816, weat6.get("effect_size").asDouble(), EPS);
        assertEquals(0.0, weat6.get("p_value").asDouble(), 0.0);
        assertTrue(weat6.get("exact").asBoolean());
        assertEquals(12_870, weat6.get("permutations").asInt());
        assertTrue(weat6.get("standard_deviation").get("definition").asText().contains("(n \u2212 1)"));
        JsonNode weat7 = json("bias", "weat", "--test", "weat7", "--json");
        assertEquals(1.281386, weat7.get("effect_size").asDouble(), EPS);
        assertEquals(0.0021756021756, weat7.get("p_value").asDouble(), 1e-12);
        JsonNode weat8 = json("bias", "weat", "--test", "weat8", "--json");
        assertEquals(1.122894, weat8.get("effect_size").asDouble(), EPS);
        assertEquals(0.0083139083139, weat8.get("p_value").asDouble(), 1e-12);
        assertEquals(List.of("science", "arts 2", "male terms 2", "female terms 2"),
                List.copyOf(iterable(weat8.get("missing").fieldNames())));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void setsFromFilesAndBundledNamesMixAndMatchTheBundledTest() throws Exception {
        JsonNode bundled = json("bias", "weat", "--test", "weat6", "--json");
        Path male = dir.resolve("male.txt");
        Files.writeString(male, "# male names, one per line\nJohn\nPaul\nMike\nKevin\nSteve\nGreg\nJeff\nBill\n");
        Path female = dir.resolve("female.json");
        Files.writeString(female, "[\"Amy\", \"Joan\", \"Lisa\", \"Sarah\", \"Diana\", \"Kate\", \"Ann\", \"Donna\"]");
        JsonNode mixed = json("bias", "weat", "--targets", male.toString(), female.toString(), "--attributes", "career",
                "family", "--json");
        assertEquals(bundled.get("effect_size").asDouble(), mixed.get("effect_size").asDouble(), 1e-9);
        assertEquals(List.of("male.txt", "female.json"), texts(mixed.get("targets")));
        assertFalse(mixed.has("test"));
    }

    @Test
    void beyondAMillionPartitionsTheSeededSampleIsReported() throws Exception {
        // 13 + 13 targets have C(26, 13) = 10,400,600 partitions: too many to count.
        Path x = dir.resolve("x.txt");
        Files.writeString(x, "table\nchair\nwindow\ndoor\nfloor\nwall\nroof\nlamp\nshelf\nbed\ndesk\nsofa\nrug\n");
        Path y = dir.resolve("y.txt");
        Files.writeString(y, "river\nhill\nlake\nforest\nvalley\nfield\nmeadow\nstream\npond\ncliff\nbeach\nisland\ncave\n");
        String[] args = {"bias", "weat", "--targets", x.toString(), y.toString(), "--attributes", "pleasant_5",
            "unpleasant_5a", "--permutations", "20000", "--seed", "3", "--json"};
        JsonNode first = json(args);
        assertFalse(first.get("exact").asBoolean());
        assertEquals(20_000, first.get("permutations").asInt());
        assertEquals(3, first.get("seed").asInt());
        assertEquals(first.get("p_value"), json(args).get("p_value"));
        assertEquals(26, first.get("associations").size());
    }

    @Test
    void theListNamesEveryBundledTestAndSet() throws Exception {
        JsonNode list = json("bias", "weat", "--list", "--json");
        List<String> ids = new ArrayList<>();
        list.get("tests").forEach(t -> ids.add(t.get("id").asText()));
        assertEquals(List.of("weat2", "weat3", "weat4", "weat6", "weat7", "weat8", "weat9", "weat10"), ids);
        assertEquals(List.of("male_names", "female_names"), texts(list.get("tests").get(3).get("targets")));
        assertTrue(texts(list.get("sets")).contains("career"));
        CliTest.Run text = CliTest.run("bias", "weat", "--list");
        assertTrue(text.out().contains("weat6    Male vs female names, career vs family"), text.out());
    }

    @Test
    void humanOutputShowsABarPerComponent() {
        CliTest.Run run = CliTest.run("bias", "direction", "--words", "professions");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("PC1   0.5083  " + "#".repeat(20) + "\n"), run.out());
        assertTrue(run.out().contains("  nurse                    +0.2218"), run.out());
        assertTrue(run.out().contains("Not in the vocabulary (professions, 35): "), run.out());
    }
}
