package org.embedscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metadata;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** SVG that parses as XML with its labels as text, CSV that a spreadsheet reads back field for field. */
class ExportFilesTest {
    @TempDir
    Path dir;

    private static MapPicture picture() {
        String[] words = {"cat", "dog", "a<b&c", "red"};
        float[] xy = {0, 0, 1, 0, 0, 1, 5, 5};
        int[] colors = {0xFF112233, 0xFF445566, 0xFF778899, 0x80AABBCC};
        return new MapPicture(xy, colors, words, List.of(new MapPicture.Mark(1, 0xFF000000)), new int[] {0, 2, 3},
                "A \"test\" map", List.of("PC1", "PC2"), List.of(new MapPicture.LegendEntry(0xFF112233, "animals")));
    }

    @Test
    void svgIsXmlWithEveryPointAndTheLabelsAsText() throws Exception {
        Path file = dir.resolve("map.svg");
        SvgMap.write(picture(), file);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        NodeList texts = svg.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertTrue(words.containsAll(List.of("dog", "cat", "a<b&c", "red", "animals", "A \"test\" map")), words.toString());
        assertEquals("dog", words.get(words.indexOf("dog")), "the marked word is labelled");
        // Four points, one ring around the mark, one legend dot.
        assertEquals(6, svg.getElementsByTagName("circle").getLength());
    }

    @Test
    void pngIsDrawnAtTwiceTheSize() throws Exception {
        Path file = dir.resolve("map.png");
        PngMap.write(picture(), file);
        var image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(2 * SvgMap.WIDTH, image.getWidth());
        assertEquals(2 * SvgMap.HEIGHT, image.getHeight());
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndReadsBack() throws Exception {
        Path file = dir.resolve("t.csv");
        List<List<String>> rows = List.of(List.of("plain", "with, comma"), List.of("say \"hi\"", "two\nlines"),
                List.of(" padded", "\u00e9t\u00e9"));
        CsvText.write(file, List.of("a", "b"), rows, ',');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read UTF-8");
        List<List<String>> read = readCsv(text.substring(1));
        assertEquals(List.of("a", "b"), read.get(0));
        assertEquals(rows, read.subList(1, read.size()));
    }

    @Test
    void mapCoordinatesComeWithTheMetadataColumns() throws Exception {
        String[] words = {"cat", "dog", "red"};
        Metadata metadata = Metadata.of(List.of("kind"), List.<String[]>of(new String[] {"animal", "animal", "colour"}));
        VectorStore store = VectorStore.of(words, new float[6], 2, metadata, DatasetInfo.of("t", "memory", "test"));
        MapLayout layout = new MapLayout(new int[] {2, 0}, new float[] {1.5f, -2, 0.25f, 3}, 2, "t", List.of("x", "y"), false);
        Path file = dir.resolve("map.tsv");
        MapTable.write(store, layout, file, '\t');
        List<String> lines = Files.readAllLines(file);
        assertEquals("word\trank\tx\ty\tkind", lines.get(0));
        assertEquals("red\t3\t1.50000\t-2.00000\tcolour", lines.get(1));
        assertEquals("cat\t1\t0.250000\t3.00000\tanimal", lines.get(2));
    }

    /** An RFC 4180 reader written for the test, to read back what the writer wrote. */
    private static List<List<String>> readCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
