package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyAndMetadataTest {
    @TempDir
    Path dir;

    /** An .npy v1.0 file as numpy writes it (header padded with spaces, ending in a newline). */
    private Path npy(String name, String dict, byte[] data) throws IOException {
        String header = dict;
        while ((10 + header.length() + 1) % 64 != 0) {
            header += " ";
        }
        header += "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(NpyReader.MAGIC);
        out.write(new byte[] {1, 0, (byte) header.length(), (byte) (header.length() >> 8)});
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    private static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    private static String error(Path file) {
        return assertThrows(DataFormatException.class,
                () -> VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE)).getMessage();
    }

    @Test
    void readsAnArrayWithItsVocabulary() throws IOException {
        Path file = npy("emb.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }",
                floats(1, 2, 3, 4, 5, 6));
        Files.writeString(dir.resolve("emb.vocab"), "x\ny\n");
        VectorStore store = VectorFiles.open(file, OpenOptions.defaults().withCache(false).withLimit(1), Progress.NONE);
        assertEquals(List.of("x"), store.vocabulary().asList());
        assertArrayEquals(new float[] {1, 2, 3}, store.rawVectors());
    }

    @Test
    void refusesObjectArraysAndOtherShapes() throws IOException {
        assertEquals("o.npy: holds dtype '|O'; only float16/32/64 arrays can be read (arrays of Python objects are"
                + " never unpickled)", error(npy("o.npy", "{'descr': '|O', 'fortran_order': False, 'shape': (2,), }",
                new byte[16])));
        assertEquals("d.npy: has shape (4,); a 2-D array (words, dimensions) is needed",
                error(npy("d.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", floats(1, 2, 3, 4))));
        assertEquals("t.npy: truncated: shape 3 x 2 needs 24 bytes of data but the file has 8",
                error(npy("t.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", floats(1, 2))));
    }

    @Test
    void withoutMetadataRowsAreNumberedAndWarned() throws IOException {
        Path file = npy("lone.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1), }", floats(1, 2));
        VectorStore store = VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE);
        assertEquals(List.of("0", "1"), store.vocabulary().asList());
        assertEquals(List.of("lone.npy: no metadata file found (looked for lone-metadata.tsv); points are named by"
                + " their row number from 0"), store.warnings());
    }

    @Test
    void metadataRowCountMustMatch() throws IOException {
        Path vectors = dir.resolve("vectors.tsv");
        Files.writeString(vectors, "1\t2\n3\t4\n5\t6\n");
        Files.writeString(dir.resolve("metadata.tsv"), "a\nb\n");
        assertEquals("metadata.tsv: has 2 label rows but vectors.tsv has 3 vectors", error(vectors));
        Files.writeString(dir.resolve("metadata.tsv"), "word\tn\na\t1\nb\n c\t3\n");
        assertEquals("metadata.tsv, line 3: has 1 columns, but the header has 2", error(vectors));
    }

    @Test
    void metadataGivenForAWordFormatIsRefused() throws IOException {
        Path file = dir.resolve("v.txt");
        Files.writeString(file, "a 1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> VectorFiles.open(file,
                OpenOptions.defaults().withCache(false).withMetadata(file), Progress.NONE));
        assertEquals("v.txt: a metadata file can only be given for tsv and npy vectors; this file is glove",
                e.getMessage());
    }
}
