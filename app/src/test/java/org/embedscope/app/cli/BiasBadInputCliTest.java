package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad lists and settings: one line on stderr naming the problem, exit 1 (bad data) or 2 (bad usage), nothing on stdout. */
class BiasBadInputCliTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    private static String refused(int code, String... args) {
        CliTest.Run run = CliTest.run(args);
        assertEquals(code, run.code(), run.err());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertTrue(err.startsWith("embedscope: "), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        return err;
    }

    @Test
    void pairFilesWithOneOrThreeWordsNameTheLine() throws Exception {
        Path three = file("three.txt", "she he\nwoman man girl\n");
        assertEquals("embedscope: three.txt: the line \"woman man girl\" is not a pair of two words",
                refused(1, "bias", "direction", "--pairs", three.toString()));
        Path one = file("one.json", "[[\"she\", \"he\"], [\"woman\"]]");
        assertEquals("embedscope: one.json: pair 2 is not two words: [\"woman\"]",
                refused(1, "bias", "direct", "--pairs", one.toString()));
        Path object = file("object.json", "{\"pairs\": [[\"she\", \"he\"]]}");
        assertEquals("embedscope: object.json: should be a JSON array of word pairs, like [[\"she\", \"he\"]]",
                refused(1, "bias", "direct", "--pairs", object.toString()));
        assertEquals("embedscope: object.json: should be a JSON array of words",
                refused(1, "bias", "direct", "--words", object.toString()));
    }

    @Test
    void tooManyMissingWordsAreRefusedAndNamed() throws Exception {
        Path jobs = file("jobs.txt", "nurse\nqwxzzy\nzzqxw\nplumber\n");
        assertEquals("embedscope: 2 of the 4 words of jobs.txt (50%) are not in the vocabulary, more than the 20%"
                + " allowed: qwxzzy, zzqxw", refused(1, "bias", "direction", "--words", jobs.toString()));
        Path pairs = file("pairs.txt", "she he\nqwxzzy man\n");
        assertTrue(refused(1, "bias", "direction", "--pairs", pairs.toString())
                .contains("1 of the 2 pairs have a word that is not in the vocabulary"));
        Path empty = file("empty.txt", "# nothing here\n\n");
        assertEquals("embedscope: empty.txt: has no words", refused(1, "bias", "weat", "--targets", empty.toString(),
                "female_names", "--attributes", "career", "family"));
    }

    @Test
    void missingWordsBelowTheLimitAreListedNotDropped() throws Exception {
        Path jobs = file("jobs.txt", "nurse\nqwxzzy\nplumber\nteacher\ndoctor\n");
        CliTest.Run run = CliTest.run("bias", "direction", "--words", jobs.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("[\"qwxzzy\"]", run.json().get("missing").toString());
        assertEquals(4, run.json().get("projections").size());
        CliTest.Run text = CliTest.run("bias", "direct", "--words", jobs.toString());
        assertTrue(text.out().contains("Not in the vocabulary (jobs.txt, 1): qwxzzy"), text.out());
    }

    @Test
    void unknownNamesWordsAndTestsAreClear() {
        assertTrue(refused(1, "bias", "direction", "--words", "nosuchlist")
                .startsWith("embedscope: no such file or bundled word list: nosuchlist (bundled: professions,"));
        assertTrue(refused(1, "bias", "direct", "--pairs", "nosuchpairs")
                .startsWith("embedscope: no such file or bundled pair list: nosuchpairs"));
        assertEquals("embedscope: unknown word: qwxzzy", refused(1, "bias", "direction", "--pair", "she", "qwxzzy"));
        assertEquals("embedscope: unknown word: qwxzzy", refused(1, "bias", "indirect", "she", "qwxzzy"));
        assertEquals("embedscope: no bundled WEAT test weat99; bias weat --list shows them",
                refused(2, "bias", "weat", "--test", "weat99"));
    }

    @Test
    void badSettingsAreUsageErrors() {
        assertTrue(refused(2, "bias", "weat", "--test", "weat6", "--permutations", "5").contains("at least 10,000"));
        assertTrue(refused(2, "bias", "weat", "--targets", "math", "arts").contains("--attributes A B"));
        assertTrue(refused(2, "bias", "direct", "--strictness", "-1").contains("--strictness"));
        assertTrue(refused(2, "bias", "direction", "-k", "0").contains("-k must be at least 1"));
        assertTrue(refused(2, "bias", "direction", "--expr", "she -").contains("in 'she -'"));
        assertTrue(refused(2, "bias").contains("bias needs a subcommand"));
        refused(2, "bias", "weat", "--targets", "math");
        refused(2, "bias", "debias", "--to", "npy", "--out", "x.npy");
    }
}
