package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader flags and convert targets, through the real command line. */
class ReadersCliTest {
    @TempDir
    Path dir;

    @Test
    void infoJsonListsMetadataColumnsOfATsvFile() throws Exception {
        Path vectors = dir.resolve("vectors.tsv");
        Files.writeString(vectors, "1\t2\n3\t4\n5\t6\n");
        Files.writeString(dir.resolve("metadata.tsv"), "word\tpos\nrun\tverb\ndog\tnoun\nred\tadj\n");
        CliTest.Run run = CliTest.run("info", "--json", "--vectors", vectors.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals("tsv", json.get("format").asText());
        assertEquals(3, json.get("words").asInt());
        assertEquals("[\"word\",\"pos\"]", json.get("metadata_columns").toString());
    }

    @Test
    void formatLimitAndExplicitMetadata() throws Exception {
        Path vectors = dir.resolve("points.txt");
        Files.writeString(vectors, "1\t2\n3\t4\n5\t6\n");
        Path labels = dir.resolve("labels.txt");
        Files.writeString(labels, "a\nb\nc\n");
        CliTest.Run run = CliTest.run("info", "--json", "--vectors", vectors.toString(), "--format", "tsv",
                "--metadata", labels.toString(), "--limit", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals(2, run.json().get("words").asInt());
    }

    @Test
    void convertToEveryFormatAndBack() throws Exception {
        Path source = dir.resolve("in.txt");
        Files.writeString(source, "king 0.5 1\nqueen 0.4 1.1\nman 1 0\n");
        for (String format : new String[] {"glove", "word2vec", "word2vec-binary", "tsv"}) {
            Path out = dir.resolve("out-" + format + (format.equals("tsv") ? "-vectors.tsv" : ".x"));
            CliTest.Run convert = CliTest.run("convert", "--vectors", source.toString(), "--to", format, out.toString());
            assertEquals(0, convert.code(), convert.err());
            CliTest.Run neighbours = CliTest.run("neighbors", "king", "-k", "1", "--json", "--vectors", out.toString());
            assertEquals(0, neighbours.code(), format + ": " + neighbours.err());
            assertEquals("queen", neighbours.json().get("results").get(0).get("word").asText(), format);
        }
        assertTrue(Files.isRegularFile(dir.resolve("out-tsv-metadata.tsv")));
    }

    @Test
    void badFileExitsOneWithFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "a 1 2\nb 1\n");
        CliTest.Run run = CliTest.run("info", "--vectors", bad.toString());
        assertEquals(1, run.code());
        assertEquals("embedscope: bad.txt, line 2: has 1 number, but line 1 has 2", run.err().trim());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliTest.Run run = CliTest.run("info", "--vectors", "x.txt", "--format", "parquet");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown format 'parquet'"), run.err());
    }
}
