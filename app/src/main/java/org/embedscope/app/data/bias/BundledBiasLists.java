package org.embedscope.app.data.bias;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.bias.WordPair;

/**
 * The bias word lists shipped in the assets jar: Bolukbasi et al.'s definitional, equalise and
 * gender-specific lists and professions (debiaswe, MIT), and Caliskan et al.'s WEAT tests (WEFE, MIT).
 */
public final class BundledBiasLists {
    private static final String BASE = "/org/embedscope/assets/bias/";
    // Parsed once per process (the trees are only read): the bias panel asks for the pairs and the
    // professions on the FX thread each time it analyses, and parsing them there took tens of ms.
    private static final java.util.Map<String, JsonNode> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private BundledBiasLists() {
    }

    public static List<WordPair> definitionalPairs() {
        return JsonWordLists.pairs("definitional_pairs.json", read("definitional_pairs.json"));
    }

    public static List<WordPair> equalizePairs() {
        return JsonWordLists.pairs("equalize_pairs.json", read("equalize_pairs.json"));
    }

    public static List<String> genderSpecific() {
        return JsonWordLists.words("gender_specific_seed.json", read("gender_specific_seed.json"));
    }

    public static List<Profession> professions() {
        List<Profession> professions = new ArrayList<>();
        for (JsonNode item : read("professions.json")) {
            professions.add(new Profession(item.get(0).asText(), item.get(1).asDouble(), item.get(2).asDouble()));
        }
        return professions;
    }

    public static List<String> professionWords() {
        return professions().stream().map(Profession::word).toList();
    }

    /** Every bundled WEAT test, in the file's order. */
    public static List<WeatTest> weatTests() {
        JsonNode root = read("weat.json");
        JsonNode sets = root.get("sets");
        List<WeatTest> tests = new ArrayList<>();
        for (JsonNode test : root.get("tests")) {
            tests.add(new WeatTest(test.get("id").asText(), test.get("title").asText(),
                    set(sets, test.get("targets").get(0).asText()), set(sets, test.get("targets").get(1).asText()),
                    set(sets, test.get("attributes").get(0).asText()),
                    set(sets, test.get("attributes").get(1).asText())));
        }
        return tests;
    }

    /** The bundled test with this id (e.g. weat6), or null. */
    public static WeatTest weatTest(String id) {
        return weatTests().stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst().orElse(null);
    }

    /** The names of every bundled WEAT word set (targets and attributes). */
    public static List<String> weatSetNames() {
        List<String> names = new ArrayList<>();
        read("weat.json").get("sets").fieldNames().forEachRemaining(names::add);
        return names;
    }

    public static WeatTest.NamedWords weatSet(String name) {
        JsonNode sets = read("weat.json").get("sets");
        return sets.has(name) ? set(sets, name) : null;
    }

    private static WeatTest.NamedWords set(JsonNode sets, String name) {
        return new WeatTest.NamedWords(name.replace('_', ' '), JsonWordLists.words(name, sets.get(name)));
    }

    private static JsonNode read(String name) {
        return PARSED.computeIfAbsent(name, BundledBiasLists::parse);
    }

    private static JsonNode parse(String name) {
        try (InputStream in = BundledBiasLists.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("bundled list " + name + " is missing from the class path");
            }
            return JsonWordLists.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
