package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `project --method tsne`: the repulsion choice in the JSON, forcing it, and the sampled measurements. */
class ProjectTsneOptionsTest {
    @TempDir
    Path dir;

    /** 300 words of 6 dimensions in three loose groups. */
    private Path vectors() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("w").append(i);
            for (int d = 0; d < 6; d++) {
                text.append(' ').append(Math.sin(i * 0.61 + d * 1.7) * 0.3 + (i % 3 == d % 3 ? 1 : 0));
            }
            text.append('\n');
        }
        Path file = dir.resolve("words.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private CliTest.Run tsne(String... extra) throws Exception {
        String[] base = {"project", "--vectors", vectors().toString(), "--method", "tsne", "--iterations", "300",
            "--out", dir.resolve("map.tsv").toString(), "--json"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTest.run(args);
    }

    @Test
    void aSmallMapUsesBarnesHutUnlessTheFftIsForced() throws Exception {
        CliTest.Run auto = tsne();
        assertEquals(0, auto.code(), auto.err());
        assertEquals("barnes-hut", auto.json().get("repulsion").asText());
        assertEquals(0, auto.json().get("fft_iterations").asInt());
        CliTest.Run fft = tsne("--repulsion", "fft");
        assertEquals(0, fft.code(), fft.err());
        assertEquals("fft", fft.json().get("repulsion").asText());
        assertEquals(300, fft.json().get("fft_iterations").asInt());
    }

    @Test
    void theFftIsRefusedFor3dAndUnknownMethodsAreNamed() throws Exception {
        CliTest.Run threeD = tsne("--repulsion", "fft", "--dims", "3");
        assertEquals(2, threeD.code());
        assertTrue(threeD.err().contains("FFT repulsion is for 2D maps"), threeD.err());
        CliTest.Run unknown = tsne("--repulsion", "fast");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--repulsion is auto, barnes-hut or fft"), unknown.err());
    }

    @Test
    void sampledTrustworthinessAndRecallAreReported() throws Exception {
        CliTest.Run run = tsne("--trustworthiness-sample", "100", "--recall-sample", "50", "--neighbours",
                "approximate");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        double trust = json.get("trustworthiness").asDouble();
        assertTrue(trust > 0.5 && trust <= 1, "trustworthiness " + trust);
        assertEquals(100, json.get("trustworthiness_sample").asInt());
        double recall = json.get("input_neighbour_recall").asDouble();
        assertTrue(recall > 0.5 && recall <= 1, "recall " + recall);
        assertEquals(91, json.get("input_neighbours").asInt());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
