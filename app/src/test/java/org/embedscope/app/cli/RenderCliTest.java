package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** embedscope render draws a map without a window. */
class RenderCliTest {
    @TempDir
    Path dir;

    @Test
    void anSvgOfChosenWordsWithClustersAndASelectedWord() throws Exception {
        Path words = dir.resolve("words.txt");
        Files.writeString(words, "cat\ndog\nhorse\nred\nblue\ngreen\nfrance\ngermany\nitaly\n");
        Path out = dir.resolve("map.svg");
        CliTest.Run run = CliTest.run("render", "--method", "pca", "--words", words.toString(), "--colour",
                "clusters:3", "--select", "dog", "--out", out.toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals(9, run.json().get("points").asInt());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        List<String> texts = new ArrayList<>();
        var nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(List.of("cat", "dog", "france", "cluster 1 (3)")), texts.toString());
        // Nine points, the ring around dog, three legend dots.
        assertEquals(13, svg.getElementsByTagName("circle").getLength());
    }

    @Test
    void aPngOfTheWholeVocabulary() throws Exception {
        Path out = dir.resolve("map.png");
        CliTest.Run run = CliTest.run("render", "--method", "pca", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(2400, javax.imageio.ImageIO.read(out.toFile()).getWidth());
    }

    @Test
    void badRequestsAreRefused() {
        assertEquals(2, CliTest.run("render", "--method", "pca", "--out", dir.resolve("map.jpg").toString()).code());
        assertEquals(2, CliTest.run("render", "--method", "pca", "--colour", "sparkly", "--out", dir.resolve("m.svg").toString()).code());
        CliTest.Run unknown = CliTest.run("render", "--method", "pca", "--select", "zzqqx", "--out", dir.resolve("m.svg").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("zzqqx"), unknown.err());
    }
}
