package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache answers only for the content it was made from, and only with the bytes it wrote. */
class CacheTrustTest {
    @TempDir
    Path dir;

    private VectorStore open(Path file) {
        return VectorFiles.open(file, OpenOptions.defaults().withCacheDir(dir.resolve("cache")), Progress.NONE, 0);
    }

    private Path cacheFile() throws IOException {
        try (var files = Files.list(dir.resolve("cache"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".vcache")).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void aSameSizeFileWithTheOldTimeIsReparsed() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\n");
        open(file);
        FileTime time = Files.getLastModifiedTime(file);
        // What cp -p, tar -x and rsync -a do: other bytes, same size, the old time.
        Files.writeString(file, "a 5 6\nb 7 8\n");
        Files.setLastModifiedTime(file, time);
        assertArrayEquals(new float[] {5, 6, 7, 8}, open(file).rawVectors());
    }

    @Test
    void aChangeInTheMiddleOfALargeFileIsSeenBySampling() throws IOException {
        Path file = dir.resolve("big.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            text.append('w').append(i).append(" 0.125 0.250 0.500\n");
        }
        Files.writeString(file, text);
        open(file);
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        // Every row changes, as in another model with the same shape.
        Files.writeString(file, text.toString().replace("0.125", "0.375"));
        Files.setLastModifiedTime(file, time);
        assertEquals(size, Files.size(file));
        assertEquals(0.375f, open(file).rawVectors()[0]);
    }

    @Test
    void flippedBytesInTheCacheMeanNoCache() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\nc 5 6\n");
        open(file);
        Path cache = cacheFile();
        long size = Files.size(cache);
        // The last vector float sits just before the norms (3 floats) and the checksums (2 ints).
        long lastFloat = size - 4 * 2 - 4 * 3 - 4;
        try (RandomAccessFile raw = new RandomAccessFile(cache.toFile(), "rw")) {
            raw.seek(lastFloat);
            raw.writeInt(0x0000807F); // little-endian +Infinity
        }
        VectorStore reopened = open(file);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, reopened.rawVectors());
        assertTrue(reopened.warnings().isEmpty(), reopened.warnings().toString());
    }

    @Test
    void aFlippedByteInTheWordsMeansNoCache() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "alpha 1 2\nbeta 3 4\n");
        open(file);
        Path cache = cacheFile();
        byte[] bytes = Files.readAllBytes(cache);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("beta");
        bytes[at] = 'z';
        Files.write(cache, bytes);
        assertEquals(List.of("alpha", "beta"), open(file).vocabulary().asList());
    }

    @Test
    void stalePartialFilesAreRemovedAndFreshOnesKept() throws IOException {
        Path cacheDir = Files.createDirectories(dir.resolve("cache"));
        Path stale = Files.write(cacheDir.resolve("partial-1.tmp"), new byte[100]);
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis()
                - VectorCache.STALE_PARTIAL_MILLIS - 60_000));
        Path fresh = Files.write(cacheDir.resolve("partial-2.tmp"), new byte[100]);
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\n");
        open(file);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void anUnchangedFileIsAnsweredFromTheCache() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1 2\nb 3 4\n");
        VectorStore first = open(file);
        Object cacheIdentity = Files.readAttributes(cacheFile(), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        VectorStore second = open(file);
        // A miss would have rewritten the cache under a new file (write to a temporary, then rename).
        assertEquals(cacheIdentity, Files.readAttributes(cacheFile(),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertArrayEquals(first.rawVectors(), second.rawVectors());
    }
}
