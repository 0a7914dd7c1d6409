package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** One test per kind of bad input named in the issue: a clear error, or a documented tolerance with a warning. */
class MalformedInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static VectorStore open(Path file) {
        return VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE);
    }

    private static String error(Path file) {
        return assertThrows(DataFormatException.class, () -> open(file)).getMessage();
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("v.txt: the file is empty", error(write("v.txt", "")));
        assertEquals("v.txt: no vectors found (the file is empty)",
                assertThrows(DataFormatException.class, () -> VectorFiles.open(write("v.txt", "\n \n"),
                        OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false), Progress.NONE))
                        .getMessage());
    }

    @Test
    void mixedDimension() throws IOException {
        assertEquals("v.txt, line 3: has 3 numbers, but line 1 has 2", error(write("v.txt", "a 1 2\nb 3 4\nc 5 6 7\n")));
    }

    @Test
    void nonNumericToken() throws IOException {
        assertEquals("v.txt, line 2: not a number: '3,5'", error(write("v.txt", "a 1 2\nb 3,5 4\n")));
    }

    @Test
    void nanAndInfinityZeroTheRowWithAWarning() throws IOException {
        VectorStore store = open(write("v.txt", "a 1 2\nb nan 4\nc 5 -Infinity\nd 1e39 1\n"));
        assertArrayEquals(new float[] {1, 2, 0, 0, 0, 0, 0, 0}, store.rawVectors());
        assertEquals(List.of(
                "v.txt, line 2 ('b'): NaN or infinite value; vector set to zeros",
                "v.txt, line 3 ('c'): NaN or infinite value; vector set to zeros",
                "v.txt, line 4 ('d'): NaN or infinite value; vector set to zeros"), store.warnings());
    }

    @Test
    void headerCountDisagreeingWithContentIsAWarning() throws IOException {
        VectorStore store = open(write("v.txt", "5 2\na 1 2\nb 3 4\n"));
        assertEquals(2, store.size());
        assertEquals(List.of("v.txt, line 1: header says 5 words but the file has 2 vector lines; all lines were read"),
                store.warnings());
    }

    @Test
    void headerDimensionDisagreeingWithContentIsAnError() throws IOException {
        assertEquals("v.txt, line 2: has 2 numbers, but the header (line 1) says 3",
                error(write("v.txt", "2 3\na 1 2\nb 3 4\n")));
    }

    @Test
    void wordsWithoutAVectorAreSkippedWithAWarning() throws IOException {
        VectorStore store = open(write("v.txt", "a 1 2\nlonely\nb 3 4\n"));
        assertEquals(List.of("a", "b"), store.vocabulary().asList());
        assertArrayEquals(new float[] {1, 2, 3, 4}, store.rawVectors());
        assertEquals(List.of("v.txt, line 2: word 'lonely' has no numbers; skipped"), store.warnings());
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        garbage[0] = 'x';
        assertEquals("junk.bin: not a recognised vector file: it holds binary data but no word2vec 'WORDS DIMENSION'"
                + " header or .npy signature", error(write("junk.bin", garbage)));
        Path forced = write("junk2.bin", garbage);
        String message = assertThrows(DataFormatException.class, () -> VectorFiles.open(forced,
                OpenOptions.defaults().withFormat(VectorFormat.WORD2VEC_BINARY).withCache(false), Progress.NONE))
                .getMessage();
        assertTrue(message.startsWith("junk2.bin, line 1: expected a header 'WORDS DIMENSION', found '"), message);
    }

    @Test
    void truncatedBinary() throws IOException {
        byte[] whole = binary(new String[] {"alpha", "beta", "gamma"}, new float[] {1, 2, 3, 4, 5, 6}, 2);
        Path file = write("v.bin", java.util.Arrays.copyOf(whole, whole.length - 5));
        assertEquals("v.bin: truncated: the vector of word 3 of 3 ('gamma') ends past the end of the file", error(file));
        Path cut = write("w.bin", java.util.Arrays.copyOf(whole, 12));
        assertEquals("w.bin: header says 3 words x 2 dimensions, which needs at least 30 bytes, but only 8 follow the"
                + " header: the file is truncated or its header is wrong", error(cut));
    }

    @Test
    void absurdHeader() throws IOException {
        assertEquals("v.txt, line 1: header says 2000000000 dimensions, impossible for a file of 19 bytes",
                error(write("v.txt", "2 2000000000\na 1 2\n")));
        byte[] bin = binary(new String[] {"a"}, new float[] {1, 2}, 2);
        byte[] huge = ("1 2000000000\n" + new String(bin, 4, bin.length - 4, StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        String message = error(write("v.bin", huge));
        assertTrue(message.startsWith("v.bin: header says 1 words x 2000000000 dimensions, which needs at least"),
                message);
    }

    @Test
    void duplicateWordsKeepTheFirstWithAWarning() throws IOException {
        VectorStore store = open(write("v.txt", "a 1 2\nb 3 4\n\na 5 6\nc 7 8\n"));
        assertEquals(List.of("a", "b", "c"), store.vocabulary().asList());
        assertArrayEquals(new float[] {1, 2, 3, 4, 7, 8}, store.rawVectors());
        assertEquals(List.of("v.txt, line 4: duplicate word 'a' (first at line 1); kept the first"), store.warnings());
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws IOException {
        byte[] text = {'a', (byte) 0xC3, ' ', '1', '\n', 'b', ' ', '2', '\n'};
        VectorStore store = open(write("v.txt", text));
        assertEquals("a\uFFFD", store.word(0));
        assertEquals(List.of("v.txt, line 1: invalid UTF-8 in word 'a\uFFFD'; bad bytes replaced by U+FFFD"),
                store.warnings());
        // Binary words are stricter: BinaryAlignmentTest.
    }

    @Test
    void byteOrderMarkIsSkippedWithAWarning() throws IOException {
        VectorStore store = open(write("v.txt", "\uFEFFthe 1 2\nof 3 4\n"));
        assertEquals("the", store.word(0));
        assertEquals(List.of("v.txt: starts with a UTF-8 byte order mark; ignored"), store.warnings());
    }

    @Test
    void crlfAndTrailingSpacesAreNormalFormatting() throws IOException {
        VectorStore store = open(write("v.txt", "2 2 \r\na 1 2 \r\nb 3\t4  \r\n"));
        assertEquals(VectorFormat.WORD2VEC.id(), store.info().format());
        assertArrayEquals(new float[] {1, 2, 3, 4}, store.rawVectors());
        assertEquals(List.of(), store.warnings());
    }

    @Test
    void missingFileAndFolder() {
        assertEquals("nope.txt: no such file", error(dir.resolve("nope.txt")));
        assertEquals(dir.getFileName() + ": is a folder, not a vector file", error(dir));
    }

    @Test
    void lineNumbersStayRightAcrossChunks() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append(i % 7 == 0 ? "\n" : "").append("w").append(i).append(" ").append(i).append(" 1\n");
        }
        text.append("bad 1 x\n");
        Path file = write("v.txt", text.toString());
        try (SourceFile source = new SourceFile(file)) {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> TextVectorReader.read(source, TextVectorReader.Kind.GLOVE, 0, 64, Progress.NONE));
            assertEquals("v.txt, line 573: not a number: 'x'", e.getMessage());
            RawRows rows = TextVectorReader.read(source, TextVectorReader.Kind.GLOVE, 500, 64, Progress.NONE);
            assertEquals(500, rows.rows());
            assertEquals("w499", rows.words()[499]);
            assertEquals(499f, rows.vectors()[998]);
        }
    }

    static byte[] binary(String[] words, float[] vectors, int dimension) {
        ByteBuffer out = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        out.put((words.length + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int w = 0; w < words.length; w++) {
            out.put(words[w].getBytes(StandardCharsets.UTF_8)).put((byte) ' ');
            for (int d = 0; d < dimension; d++) {
                out.putFloat(vectors[w * dimension + d]);
            }
            out.put((byte) '\n');
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
