package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metadata;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VectorWriterTest {
    @TempDir
    Path dir;

    private static VectorStore randomStore(Metadata metadata) {
        Random random = new Random(5);
        int rows = 300;
        int dim = 7;
        float[] values = new float[rows * dim];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6));
        }
        values[0] = -0f;
        values[1] = Float.MIN_VALUE;
        values[2] = Float.MAX_VALUE;
        String[] words = new String[rows];
        for (int i = 0; i < rows; i++) {
            words[i] = i == 0 ? "日本" : i == 1 ? "café" : "w" + i;
        }
        return VectorStore.of(words, values, dim, metadata, DatasetInfo.of("t", "t", "glove"));
    }

    @ParameterizedTest
    @EnumSource(value = VectorFormat.class, names = {"GLOVE", "WORD2VEC", "WORD2VEC_BINARY", "TSV"})
    void everyFormatRoundTripsExactly(VectorFormat format) throws IOException {
        VectorStore store = randomStore(Metadata.none());
        Path out = dir.resolve("vectors.out");
        List<Path> written = VectorFiles.save(store, out, format, Progress.NONE);
        VectorStore back = VectorFiles.open(out, OpenOptions.defaults().withCache(false), Progress.NONE);
        assertEquals(format.id(), back.info().format());
        assertArrayEquals(store.rawVectors(), back.rawVectors());
        assertEquals(store.vocabulary().asList(), back.vocabulary().asList());
        assertEquals(format == VectorFormat.TSV ? 2 : 1, written.size());
        assertEquals(List.of(), back.warnings());
    }

    @org.junit.jupiter.api.Test
    void tsvWritesMetadataColumnsWithAHeader() throws IOException {
        String[] words = new String[300];
        String[] kinds = new String[300];
        for (int i = 0; i < 300; i++) {
            words[i] = i == 0 ? "日本" : i == 1 ? "café" : "w" + i;
            kinds[i] = "k" + (i % 4);
        }
        VectorStore store = randomStore(Metadata.of(List.of("word", "kind"), List.of(words, kinds)));
        Path out = dir.resolve("my-vectors.tsv");
        List<Path> written = VectorFiles.save(store, out, VectorFormat.TSV, Progress.NONE);
        assertEquals(dir.resolve("my-metadata.tsv"), written.get(1));
        org.junit.jupiter.api.Assertions.assertTrue(Files.readString(written.get(1)).startsWith("word\tkind\n日本\tk0\n"));
        VectorStore back = VectorFiles.open(out, OpenOptions.defaults().withCache(false), Progress.NONE);
        assertEquals(List.of("word", "kind"), back.metadata().columns());
        assertEquals("k3", back.metadata().value(1, 7));
    }

    @org.junit.jupiter.api.Test
    void wordsThatCannotBeWrittenAreRefused() {
        VectorStore store = VectorStore.of(new String[] {"new york"}, new float[] {1}, 1, DatasetInfo.of("t", "t", "x"));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> VectorFiles.save(store, dir.resolve("o.txt"), VectorFormat.GLOVE, Progress.NONE));
        assertEquals("o.txt: cannot write word 'new york' as glove: it is empty or contains a separator (space, tab"
                + " or newline)", e.getMessage());
    }
}
