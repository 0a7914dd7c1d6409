package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {
    @TempDir
    Path dir;

    private VectorStore open(Path file, OpenOptions options) {
        return VectorFiles.open(file, options.withCacheDir(dir.resolve("cache")), Progress.NONE, 0);
    }

    /** Opens the file and tells whether the cache answered (the progress the user sees says so). */
    private boolean openedFromCache(Path file, OpenOptions options) {
        List<String> messages = new java.util.ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(double fraction, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        VectorFiles.open(file, options.withCacheDir(dir.resolve("cache")), recording, 0);
        return messages.stream().anyMatch(m -> m.startsWith("Reading cached"));
    }

    private Path cacheFile() throws IOException {
        try (var files = Files.list(dir.resolve("cache"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void secondOpenReadsTheCacheAndGivesTheSameStore() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\na 9 9\n");
        VectorStore first = open(file, OpenOptions.defaults());
        Path cache = cacheFile();
        assertTrue(openedFromCache(file, OpenOptions.defaults()));
        VectorStore second = open(file, OpenOptions.defaults());
        assertArrayEquals(first.rawVectors(), second.rawVectors());
        assertArrayEquals(new float[] {1, 2, 3, 4}, second.rawVectors());
        assertEquals(first.vocabulary().asList(), second.vocabulary().asList());
        assertEquals(first.warnings(), second.warnings());
        assertEquals(1, second.warnings().size());
        assertTrue(Files.size(cache) > 0);
    }

    @Test
    void aChangedSourceIsReparsed() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\n");
        open(file, OpenOptions.defaults());
        Files.writeString(file, "a 5 6\nb 7 8\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertArrayEquals(new float[] {5, 6, 7, 8}, open(file, OpenOptions.defaults()).rawVectors());
    }

    @Test
    void anotherLimitIsAnotherKey() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\n");
        assertEquals(2, open(file, OpenOptions.defaults()).size());
        assertEquals(1, open(file, OpenOptions.defaults().withLimit(1)).size());
        assertEquals(2, open(file, OpenOptions.defaults()).size());
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\n");
        open(file, OpenOptions.defaults());
        Path cache = cacheFile();
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertArrayEquals(new float[] {1, 2, 3, 4}, open(file, OpenOptions.defaults()).rawVectors());
        Files.write(cache, new byte[] {1, 2, 3});
        assertArrayEquals(new float[] {1, 2, 3, 4}, open(file, OpenOptions.defaults()).rawVectors());
    }

    @Test
    void noCacheWritesNothing() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\n");
        open(file, OpenOptions.defaults().withCache(false));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void metadataColumnsSurviveTheCache() throws IOException {
        Path vectors = dir.resolve("vectors.tsv");
        Files.writeString(vectors, "1\t2\n3\t4\n");
        Files.writeString(dir.resolve("metadata.tsv"), "word\tkind\nx\tnoun\ny\tverb\n");
        open(vectors, OpenOptions.defaults());
        VectorStore cached = open(vectors, OpenOptions.defaults());
        assertEquals(List.of("word", "kind"), cached.metadata().columns());
        assertEquals("verb", cached.metadata().value(1, 1));
        assertEquals("tsv", cached.info().format());
    }

    @Test
    void aWholeFileCacheServesFirstNReadsAndIsKept() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\nc 5 6\n");
        open(file, OpenOptions.defaults());
        assertTrue(openedFromCache(file, OpenOptions.defaults().withLimit(2)));
        VectorStore firstTwo = open(file, OpenOptions.defaults().withLimit(2));
        assertEquals(List.of("a", "b"), firstTwo.vocabulary().asList());
        assertArrayEquals(new float[] {1, 2, 3, 4}, firstTwo.rawVectors());
        assertEquals(1 / (float) Math.sqrt(25), firstTwo.inverseNorms()[1], 1e-7f);
        assertTrue(openedFromCache(file, OpenOptions.defaults()));
        VectorStore whole = open(file, OpenOptions.defaults());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, whole.rawVectors());
    }

    @Test
    void aWholeFileCacheWithDroppedRowsDoesNotServeFirstNReads() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\na 3 4\nc 5 6\n");
        open(file, OpenOptions.defaults());
        // The duplicate 'a' was dropped: the whole store's first two rows are a and c, but the
        // file's first two rows hold only a.
        VectorStore firstTwo = open(file, OpenOptions.defaults().withLimit(2));
        assertEquals(List.of("a"), firstTwo.vocabulary().asList());
        assertEquals(List.of("a", "c"), open(file, OpenOptions.defaults()).vocabulary().asList());
    }
}
