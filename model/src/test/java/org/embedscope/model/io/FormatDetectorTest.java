package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {
    @TempDir
    Path dir;

    private VectorFormat detect(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        try (SourceFile source = new SourceFile(file)) {
            return FormatDetector.detect(source);
        }
    }

    private VectorFormat detect(String name, String content) throws IOException {
        return detect(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textLayouts() throws IOException {
        assertEquals(VectorFormat.GLOVE, detect("a.txt", "the 0.1 0.2\nof 0.3 0.4\n"));
        assertEquals(VectorFormat.GLOVE, detect("a.txt", "2010 0.1 0.2\n"));
        assertEquals(VectorFormat.WORD2VEC, detect("a.txt", "2 2\nthe 0.1 0.2\nof 0.3 0.4\n"));
        assertEquals(VectorFormat.WORD2VEC, detect("a.vec", "2 2 \nthe 0.1 0.2 \n"));
        assertEquals(VectorFormat.GLOVE, detect("a.txt", "2 3\n5 4\n"));
        assertEquals(VectorFormat.TSV, detect("x.txt", "1\t2\n3\t4\n"));
        assertEquals(VectorFormat.TSV, detect("vectors.tsv", "0.5\n0.25\n"));
    }

    @Test
    void binaryLayouts() throws IOException {
        byte[] w2v = MalformedInputTest.binary(new String[] {"a", "b"}, new float[] {0.1f, 0.2f, 0.3f, 0.4f}, 2);
        assertEquals(VectorFormat.WORD2VEC_BINARY, detect("model.dat", w2v));
        assertEquals(VectorFormat.WORD2VEC_BINARY, detect("model.bin", "2 2\nabc".getBytes(StandardCharsets.US_ASCII)));
        byte[] npy = new byte[16];
        System.arraycopy(NpyReader.MAGIC, 0, npy, 0, 6);
        assertEquals(VectorFormat.NPY, detect("whatever.dat", npy));
    }
}
