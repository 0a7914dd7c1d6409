package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code embedscope search} is a grep of the vocabulary: the bundled words file through the real grep. */
class WordSearchCliTest {
    private static final Path WORDS = Path.of("..", "assets", "data", "glove-6b-100d-50k.words.txt");

    /** 0-based line numbers grep prints for the pattern, i.e. vocabulary indices. */
    private static List<Integer> grep(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("grep", "-n"));
        command.addAll(List.of(options));
        command.add(WORDS.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Integer> lines = new ArrayList<>();
        for (String line : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                lines.add(Integer.parseInt(line.substring(0, line.indexOf(':'))) - 1);
            }
        }
        process.waitFor();
        return lines;
    }

    private static List<Integer> indices(JsonNode json) {
        List<Integer> indices = new ArrayList<>();
        json.get("results").forEach(r -> indices.add(r.get("index").asInt()));
        return indices;
    }

    private static JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--limit", "100000", "--json"));
        CliTest.Run run = CliTest.run(all.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run.json();
    }

    private static void assumeGrep() {
        Assumptions.assumeTrue(Files.isRegularFile(WORDS) && Files.isExecutable(Path.of("/usr/bin/grep"))
                || Files.isExecutable(Path.of("/bin/grep")), "grep and the bundled words file");
    }

    @Test
    void substringRegexAndWholeWordEqualGrep() throws Exception {
        assumeGrep();
        assertEquals(grep("-F", "ville"), indices(search("ville")));
        assertEquals(grep("-E", "^(un|re)[a-z]+able$"), indices(search("^(un|re)[a-z]+able$", "--regex")));
        assertEquals(grep("-w", "-F", "new"), indices(search("new", "--whole-word")));
        assertEquals(grep("-i", "-F", "ZZ"), indices(search("ZZ", "-i")));
        JsonNode json = search("ville");
        assertEquals(grep("-F", "ville").size(), json.get("total").asInt());
        assertTrue(json.get("total").asInt() > 46, "more words contain ville than end with it");
    }

    @Test
    void aWildcardMatchesTheWholeWord() throws Exception {
        assumeGrep();
        assertEquals(grep("-E", "^.*ville$"), indices(search("*ville")));
        assertEquals(grep("-E", "^c.t$"), indices(search("c?t")));
        JsonNode first = CliTest.run("search", "*ville", "--limit", "2", "--json").json();
        assertEquals(List.of("nashville", "jacksonville"),
                List.of(first.get("results").get(0).get("word").asText(), first.get("results").get(1).get("word").asText()));
        assertEquals(46, first.get("total").asInt(), "all are counted, two listed");
    }

    @Test
    void badPatternsAndFlagsAreUsageErrors() {
        CliTest.Run bracket = CliTest.run("search", "[a", "--regex");
        assertEquals(2, bracket.code());
        assertTrue(bracket.err().contains("not valid") && !bracket.err().contains("Exception"), bracket.err());
        assertEquals(2, CliTest.run("search", "a", "--regex", "--whole-word").code());
        CliTest.Run column = CliTest.run("search", "a", "--column", "pos");
        assertEquals(1, column.code(), column.err());
        assertTrue(column.err().contains("no column pos"), column.err());
    }
}
