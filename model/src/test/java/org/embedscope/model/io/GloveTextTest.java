package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GloveTextTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("vectors.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsWordsInOrderWithTheirValues() throws IOException {
        VectorStore store = GloveTextReader.read(file("the 0.5 -1\ncafé 2e-3 4\n"), Progress.NONE);
        assertEquals(2, store.size());
        assertEquals(2, store.dimension());
        assertEquals("café", store.word(1));
        assertArrayEquals(new float[] {0.5f, -1f, 0.002f, 4f}, store.rawVectors());
        assertEquals("glove", store.info().format());
    }

    @Test
    void toleratesCrlfTrailingSpacesAndBlankLines() throws IOException {
        VectorStore store = GloveTextReader.read(file("a 1 2  \r\n\r\nb 3 4\r\n"), Progress.NONE);
        assertArrayEquals(new float[] {1, 2, 3, 4}, store.rawVectors());
    }

    @Test
    void mixedDimensionNamesFileAndLine() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> GloveTextReader.read(file("a 1 2\nb 3 4\nc 5\n"), Progress.NONE));
        assertEquals("vectors.txt, line 3: has 1 number, but line 1 has 2", e.getMessage());
    }

    @Test
    void nonNumericTokenNamesFileLineAndToken() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> GloveTextReader.read(file("a 1 2\nb 3 x4\n"), Progress.NONE));
        assertEquals("vectors.txt, line 2: not a number: 'x4'", e.getMessage());
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        assertThrows(DataFormatException.class, () -> GloveTextReader.read(file(""), Progress.NONE));
    }

    @Test
    void writtenFileReadsBackToExactlyTheSameFloats() throws IOException {
        Random random = new Random(7);
        int rows = 500;
        int dim = 13;
        float[] values = new float[rows * dim];
        String[] words = new String[rows];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(9) - 6));
        }
        for (int i = 0; i < rows; i++) {
            words[i] = "w" + i;
        }
        values[0] = 1f;
        values[1] = -0f;
        VectorStore store = VectorStore.of(words, values, dim, DatasetInfo.of("t", "t", "glove"));
        Path out = dir.resolve("out.txt");
        GloveTextWriter.write(store, out, Progress.NONE);
        VectorStore back = GloveTextReader.read(out, Progress.NONE);
        assertArrayEquals(values, back.rawVectors());
        assertEquals(store.vocabulary().asList(), back.vocabulary().asList());
        assertEquals("w0 1 -0 ", Files.readString(out).substring(0, 8));
    }
}
