package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word2vec binary file read out of step gives an error saying so, never a handful of junk words. */
class BinaryAlignmentTest {
    @TempDir
    Path dir;

    /** Writes a header claiming {@code headerDimension} and records of {@code dimension} random floats. */
    private Path binary(String name, String header, List<String> words, int dimension) throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
        for (String word : words) {
            out.write((word + " ").getBytes(StandardCharsets.UTF_8));
            ByteBuffer floats = ByteBuffer.allocate(4 * dimension).order(ByteOrder.LITTLE_ENDIAN);
            for (int d = 0; d < dimension; d++) {
                floats.putFloat((float) random.nextGaussian());
            }
            out.write(floats.array());
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static VectorStore open(Path file) {
        return VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE);
    }

    private static final List<String> WORDS = List.of("king", "queen", "man", "woman", "paris", "rome");

    @Test
    void aWellFormedFileReads() throws IOException {
        VectorStore store = open(binary("good.bin", "6 50", WORDS, 50));
        assertEquals(WORDS, store.vocabulary().asList());
        assertTrue(store.warnings().isEmpty(), store.warnings().toString());
    }

    @Test
    void aHeaderDimensionTooSmallIsAnError() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> open(binary("small-dim.bin", "6 40", WORDS, 50)));
        assertTrue(e.getMessage().startsWith("small-dim.bin: word 2 of 6"), e.getMessage());
        assertTrue(e.getMessage().contains("dimension 40"), e.getMessage());
    }

    @Test
    void aWordWithASpaceIsAnError() throws IOException {
        List<String> words = List.of("king", "new york", "man", "woman");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> open(binary("space.bin", "4 50", words, 50)));
        assertTrue(e.getMessage().startsWith("space.bin: word "), e.getMessage());
    }

    @Test
    void aLastWordWithASpaceIsSeenAtTheEnd() throws IOException {
        List<String> words = List.of("king", "queen", "new york");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> open(binary("last.bin", "3 50", words, 50)));
        assertTrue(e.getMessage().contains("the last word ends 5 bytes before the end of the file"), e.getMessage());
    }

    @Test
    void moreWholeRecordsThanTheHeaderSaysAreAWarning() throws IOException {
        VectorStore store = open(binary("low.bin", "4 50", WORDS, 50));
        assertEquals(WORDS.subList(0, 4), store.vocabulary().asList());
        assertTrue(store.warnings().get(0).contains("more seem to follow"), store.warnings().toString());
    }

    @Test
    void aWordCutInsideItsLastCharacterIsAWarningOnly() throws IOException {
        // "caf" + the first byte of "é" (C3 A9): what the C tool's byte limit leaves.
        String cut = new String(new byte[] {'c', 'a', 'f', (byte) 0xC3}, StandardCharsets.ISO_8859_1);
        Path file = binary("cut.bin", "2 4", List.of("king", "x"), 4);
        byte[] bytes = Files.readAllBytes(file);
        int x = "2 4\nking ".length() + 16;
        byte[] withCut = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, withCut, 0, x);
        for (int i = 0; i < 4; i++) {
            withCut[x + i] = (byte) cut.charAt(i);
        }
        System.arraycopy(bytes, x + 1, withCut, x + 4, bytes.length - x - 1);
        VectorStore store = open(Files.write(file, withCut));
        assertEquals(2, store.size());
        assertTrue(store.warnings().get(0).contains("invalid UTF-8"), store.warnings().toString());
    }

    @Test
    void invalidUtf8InsideAWordIsAnError() throws IOException {
        Path file = binary("bad.bin", "2 4", List.of("king", "xyz"), 4);
        byte[] bytes = Files.readAllBytes(file);
        bytes["2 4\nking ".length() + 16 + 1] = (byte) 0xFF;
        DataFormatException e = assertThrows(DataFormatException.class, () -> open(Files.write(file, bytes)));
        assertTrue(e.getMessage().contains("word 2 of 2") && e.getMessage().contains("not valid UTF-8"),
                e.getMessage());
    }

    @Test
    void aTextFileNamedBinIsReadAsText() throws IOException {
        Path file = Files.writeString(dir.resolve("text.bin"), "3 2\nking 1 2\nqueen 1 2.5\nman 3 1\n");
        VectorStore store = open(file);
        assertEquals("word2vec", store.info().format());
        assertEquals(List.of("king", "queen", "man"), store.vocabulary().asList());
    }

    @Test
    void textReadAsBinarySaysItLooksLikeText() throws IOException {
        Path file = Files.writeString(dir.resolve("forced.txt"), "3 2\nking 1 2\nqueen 1 2.5\nman 3 1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> VectorFiles.open(file,
                OpenOptions.defaults().withCache(false).withFormat(VectorFormat.WORD2VEC_BINARY), Progress.NONE));
        assertTrue(e.getMessage().startsWith("forced.txt: "), e.getMessage());
    }
}
