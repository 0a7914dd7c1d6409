package org.embedscope.app.malformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of the malformed-input corpus (resources/malformed/cases.tsv, plus the files
 * {@link MalformedCases} generates) through the real command line, in process: the exit code, and
 * for failures exactly one message line naming the file, line or word, never a stack trace.
 */
class MalformedCorpusTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void copyCorpus() throws Exception {
        // Copied so that every case sees plain files in a folder of its own, whatever the classpath.
        Path corpus = Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
        }
        MalformedCases.generate(dir);
    }

    @AfterAll
    static void restoreCache() {
        System.clearProperty(org.embedscope.model.io.VectorCache.PROPERTY_DIRECTORY);
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String[] args = Arrays.stream(fields, 3, fields.length).map(MalformedCorpusTest::resolve).toArray(String[]::new);
            tests.add(DynamicTest.dynamicTest(fields[0], () -> check(fields[0], fields[1], fields[2], args)));
        }
        return tests.stream();
    }

    @Test
    void compressedFilesGiveTheSameAnswersAsPlainOnes() {
        for (String[] pair : new String[][] {{"good.bin", "good.bin.gz"}, {"large.txt", "large.txt.gz"}}) {
            for (String word : new String[] {"king", "w17"}) {
                CliRun plain = CliRun.of("neighbors", word, "-k", "5", "--json", "--vectors", resolve("@" + pair[0]));
                CliRun gz = CliRun.of("neighbors", word, "-k", "5", "--json", "--vectors", resolve("@" + pair[1]));
                assertEquals(plain.code(), gz.code(), gz.err());
                assertEquals(plain.out(), gz.out());
            }
        }
    }

    @Test
    void staleTemporaryFilesInTheCacheAreRemoved() {
        CliRun.of("info", "--vectors", resolve("@large.txt"));
        assertFalse(Files.exists(dir.resolve("cache").resolve("partial-0.tmp")));
    }

    @Test
    void pipesAreReadAndAPipeWithoutAWriterIsAnErrorNotAHang() throws Exception {
        Path fifo = dir.resolve("pipe");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        System.setProperty("embedscope.pipeWaitMillis", "300");
        try {
            check("pipe-without-writer", "1", "pipe: is a pipe that nothing is writing to",
                    new String[] {"info", "--vectors", fifo.toString()});
            // What <(zcat small.txt.gz) gives: a pipe carrying the file.
            Thread writer = new Thread(() -> {
                try {
                    Files.write(fifo, Files.readAllBytes(dir.resolve("small.txt.gz")));
                } catch (IOException ignored) {
                    // The reading side's assertions report the failure.
                }
            });
            writer.start();
            CliRun piped = CliRun.of("neighbors", "king", "-k", "2", "--vectors", fifo.toString());
            writer.join();
            assertEquals(CliRun.of("neighbors", "king", "-k", "2", "--vectors", resolve("@small.txt")).out(),
                    piped.out(), piped.err());
        } finally {
            System.clearProperty("embedscope.pipeWaitMillis");
        }
    }

    static void check(String id, String outcome, String expected, String[] args) {
        CliRun run = CliRun.of(args);
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"),
                id + " printed a trace or an internal error:\n" + run.err());
        if (outcome.equals("ok")) {
            assertEquals(0, run.code(), id + ": " + run.err());
            assertTrue(all.contains(expected), id + ": expected '" + expected + "' in:\n" + abbreviate(all));
            return;
        }
        assertEquals(Integer.parseInt(outcome), run.code(), id + ": " + run.err());
        List<String> lines = run.err().lines().filter(l -> !l.startsWith("embedscope: warning:")
                && !l.startsWith("Try 'embedscope")).toList();
        assertEquals(1, lines.size(), id + " should print one message line:\n" + run.err());
        assertTrue(lines.get(0).startsWith("embedscope: ") && lines.get(0).contains(expected),
                id + ": expected '" + expected + "' in: " + lines.get(0));
    }

    private static String resolve(String arg) {
        return arg.startsWith("@") ? dir.resolve(arg.substring(1)).normalize().toString() : arg;
    }

    private static String abbreviate(String text) {
        return text.length() < 2000 ? text : text.substring(0, 2000) + "...";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MalformedCorpusTest.class.getResourceAsStream("/malformed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
