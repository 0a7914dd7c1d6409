package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GloVe text through the real entry points, {@link VectorFiles#open} and {@link VectorFiles#save}.
 * Malformed GloVe files are covered by {@link MalformedInputTest}, other formats' round trips by
 * {@link VectorWriterTest}.
 */
class GloveTextTest {
    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("vectors.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static VectorStore read(Path file) {
        return VectorFiles.open(file, OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false), Progress.NONE);
    }

    @Test
    void readsWordsInOrderWithTheirValues() throws IOException {
        VectorStore store = read(file("the 0.5 -1\ncafé 2e-3 4\n"));
        assertEquals(2, store.size());
        assertEquals(2, store.dimension());
        assertEquals("café", store.word(1));
        assertArrayEquals(new float[] {0.5f, -1f, 0.002f, 4f}, store.rawVectors());
        assertEquals("glove", store.info().format());
    }

    @Test
    void toleratesCrlfTrailingSpacesAndBlankLines() throws IOException {
        VectorStore store = read(file("a 1 2  \r\n\r\nb 3 4\r\n"));
        assertArrayEquals(new float[] {1, 2, 3, 4}, store.rawVectors());
        assertEquals(List.of(), store.warnings());
    }

    @Test
    void writesEachValueAsItsShortestDecimal() throws IOException {
        float[] values = {1f, -0f, 0.1f, 1e-7f, 65504f, -2.5f};
        VectorStore store = VectorStore.of(new String[] {"a", "b"}, values, 3, DatasetInfo.of("t", "t", "glove"));
        Path out = dir.resolve("out.txt");
        VectorFiles.save(store, out, VectorFormat.GLOVE, Progress.NONE);
        assertEquals("a 1 -0 0.1\nb 1.0E-7 65504 -2.5\n", Files.readString(out));
        assertArrayEquals(values, read(out).rawVectors());
    }
}
