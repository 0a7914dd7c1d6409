package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.NeighborSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip files and pipes give the same store as the plain file, and never hang. */
class CompressedAndPipedTest {
    @TempDir
    Path dir;

    private Path gzip(Path plain, String name) throws IOException {
        Path out = dir.resolve(name);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out))) {
            gz.write(Files.readAllBytes(plain));
        }
        return out;
    }

    private VectorStore open(Path file, long cacheMinBytes) {
        return VectorFiles.open(file, OpenOptions.defaults().withCacheDir(dir.resolve("cache")), Progress.NONE,
                cacheMinBytes);
    }

    private Path textFile() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("w").append(i).append(' ').append(Math.sin(i)).append(' ').append(Math.cos(i * 0.7))
                    .append(' ').append(i % 7 - 3).append('\n');
        }
        return Files.writeString(dir.resolve("plain.txt"), text);
    }

    private static void assertSameStore(VectorStore expected, VectorStore actual) {
        assertEquals(expected.vocabulary().asList(), actual.vocabulary().asList());
        assertArrayEquals(expected.rawVectors(), actual.rawVectors());
        assertEquals(expected.info().format(), actual.info().format());
        assertEquals(new NeighborSearch(expected).nearest("w5", 5), new NeighborSearch(actual).nearest("w5", 5));
    }

    @Test
    void aGzipTextFileGivesTheSameStoreFreshAndFromTheCache() throws IOException {
        Path plain = textFile();
        Path gz = gzip(plain, "vectors.txt.gz");
        VectorStore expected = open(plain, Long.MAX_VALUE);
        assertSameStore(expected, open(gz, 0));
        assertSameStore(expected, open(gz, 0));
        // The cache file, and no unpacked copy left behind.
        List<String> left = listNames(dir.resolve("cache"));
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).endsWith(".vcache"), left.toString());
    }

    @Test
    void aBinGzFileIsReadAsWord2vecBinary() throws IOException {
        VectorStore text = open(textFile(), Long.MAX_VALUE);
        Path bin = dir.resolve("vectors.bin");
        VectorFiles.save(text, bin, VectorFormat.WORD2VEC_BINARY, Progress.NONE);
        VectorStore fromGz = open(gzip(bin, "vectors.bin.gz"), Long.MAX_VALUE);
        assertEquals("word2vec-binary", fromGz.info().format());
        assertEquals(text.vocabulary().asList(), fromGz.vocabulary().asList());
        assertArrayEquals(text.rawVectors(), fromGz.rawVectors());
    }

    @Test
    void aTruncatedGzipFileIsAnErrorNamingIt() throws IOException {
        Path gz = gzip(textFile(), "cut.txt.gz");
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
        DataFormatException e = assertThrows(DataFormatException.class, () -> open(gz, Long.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("cut.txt.gz: the gzip data is corrupt or truncated"), e.getMessage());
    }

    @Test
    void aPipeWithNoWriterIsAnErrorNotAHang() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(makeFifo(fifo), "mkfifo is not available");
        String before = System.getProperty(PipeOpener.WAIT_PROPERTY);
        System.setProperty(PipeOpener.WAIT_PROPERTY, "300");
        try {
            DataFormatException e = assertThrows(DataFormatException.class, () -> open(fifo, 0));
            assertEquals("fifo: is a pipe that nothing is writing to", e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(PipeOpener.WAIT_PROPERTY);
            } else {
                System.setProperty(PipeOpener.WAIT_PROPERTY, before);
            }
        }
    }

    @Test
    void aPipeIsReadLikeTheFileWrittenIntoIt() throws Exception {
        Path fifo = dir.resolve("fifo2");
        assumeTrue(makeFifo(fifo), "mkfifo is not available");
        Path plain = textFile();
        Path gz = gzip(plain, "piped.txt.gz");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(Files.readAllBytes(gz));
            } catch (IOException ignored) {
                // The reader's assertions report what went wrong.
            }
        });
        writer.start();
        assertSameStore(open(plain, Long.MAX_VALUE), open(fifo, 0));
        writer.join();
        assertTrue(listNames(dir.resolve("cache")).stream().noneMatch(n -> n.startsWith(UnpackedCopy.PREFIX)));
    }

    private static List<String> listNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static boolean makeFifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
