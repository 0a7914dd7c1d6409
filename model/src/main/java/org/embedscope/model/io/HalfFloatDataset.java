package org.embedscope.model.io;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * The compact format of the bundled dataset: a words file (UTF-8, one word per line) and a vectors
 * file holding a magic line, rows and dimension as little-endian int32, then rows x dimension
 * little-endian IEEE half floats. See assets/build-default-dataset.py, which writes it.
 */
public final class HalfFloatDataset {
    /** The format id {@code info} reports: the values are half floats, whatever the vectors' origin. */
    public static final String FORMAT = "float16";
    private static final byte[] MAGIC = "EMBSCOPE-F16\n".getBytes(StandardCharsets.US_ASCII);

    private HalfFloatDataset() {
    }

    public static VectorStore read(InputStream wordsIn, InputStream vectorsIn, String name, Progress progress)
            throws IOException {
        String[] words = readWords(wordsIn);
        DataInputStream in = new DataInputStream(vectorsIn);
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw DataFormatException.inFile(name, "not an Embedscope half-float vector file");
        }
        ByteBuffer header = ByteBuffer.wrap(in.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN);
        int rows = header.getInt();
        int dimension = header.getInt();
        if (rows != words.length || dimension <= 0 || dimension > 100_000) {
            throw DataFormatException.inFile(name, rows + " rows x " + dimension + " for " + words.length + " words");
        }
        long bytes = 2L * rows * dimension;
        if (bytes > Integer.MAX_VALUE - 16) {
            throw DataFormatException.inFile(name, "too large for the half-float format");
        }
        progress.update(0.1, "Reading " + name);
        byte[] raw = in.readNBytes((int) bytes);
        if (raw.length != bytes) {
            throw DataFormatException.inFile(name, "truncated: " + raw.length + " of " + bytes + " bytes");
        }
        progress.checkCancelled();
        java.nio.ShortBuffer halves = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        float[] vectors = new float[rows * dimension];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Float16.toFloat(halves.get(i));
        }
        progress.update(1, "Read " + name);
        return VectorStore.of(words, vectors, dimension, DatasetInfo.of(name, name, FORMAT));
    }

    private static String[] readWords(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<String> words = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            words.add(line);
        }
        return words.toArray(String[]::new);
    }
}
