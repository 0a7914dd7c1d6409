package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gui --session refuses a session it cannot use before any window opens: one line, exit 1. */
class GuiSessionCliTest {
    @TempDir
    Path dir;

    private static void refused(CliTest.Run run, String expected) {
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    }

    @Test
    void corruptNewerAndMissingSessionsAreRefused() throws Exception {
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{\"version\": 1, \"dataset\": {\"path\": ");
        refused(CliTest.run("gui", "--session", corrupt.toString()), "corrupt.json, line 1: not a valid session file");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"version\": 99, \"dataset\": {}, \"current\": {}}");
        refused(CliTest.run("gui", "--session", newer.toString()), "newer Embedscope");
        refused(CliTest.run("gui", "--session", dir.resolve("absent.json").toString()), "absent.json");
    }

    @Test
    void aSessionBringsItsOwnVectors() {
        CliTest.Run run = CliTest.run("gui", "--session", "s.json", "--vectors", "v.txt");
        assertEquals(2, run.code(), run.err());
    }
}
