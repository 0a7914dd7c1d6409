package org.embedscope.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.Progress;

/**
 * Reads word2vec binary: a "WORDS DIMENSION" text line, then per word its UTF-8 bytes, a space and
 * DIMENSION little-endian float32 values, optionally followed by a newline (the original C tool
 * writes one, gensim does not). Streams through one direct buffer, so memory is the store plus
 * 16 MB, and each vector is one bulk copy from that buffer into the store's array.
 */
final class Word2VecBinaryReader {
    static final int MAX_WORD_BYTES = 1 << 20;
    private static final int BUFFER_BYTES = 16 << 20;

    private final SourceFile file;
    private final ByteBuffer buffer;
    private byte[] wordBytes = new byte[256];
    private long bufferPosition;
    private int have;
    private int p;
    private boolean eof;
    private long dataStart;

    private Word2VecBinaryReader(SourceFile file, int recordBytes) {
        this.file = file;
        this.buffer = ByteBuffer.allocateDirect(Math.max(BUFFER_BYTES, recordBytes + MAX_WORD_BYTES + 16))
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    static RawRows read(SourceFile file, int limit, Progress progress) throws IOException {
        TextVectorReader.Header header = TextVectorReader.Header.read(file, 0);
        int dimension = header.dimension();
        long rows = limit > 0 ? Math.min(limit, header.words()) : header.words();
        long available = file.length() - header.dataStart();
        if (rows == 0) {
            throw DataFormatException.inFile(file.name(), "the header says the file has no words");
        }
        if ((double) rows * (4.0 * dimension + 2) > available) {
            throw DataFormatException.inFile(file.name(), "header says " + header.words() + " words x " + dimension
                    + " dimensions, which needs at least " + rows * (4L * dimension + 2) + " bytes, but only "
                    + available + " follow the header: the file is truncated or its header is wrong");
        }
        if (4L * dimension > 512 << 20) {
            throw DataFormatException.inFile(file.name(), "dimension " + dimension + " is too large (over 512 MB per vector)");
        }
        float[] vectors = Allocation.floats(file.name(), rows, dimension);
        String[] words = new String[(int) rows];
        Word2VecBinaryReader reader = new Word2VecBinaryReader(file, 4 * dimension);
        reader.bufferPosition = header.dataStart();
        reader.dataStart = header.dataStart();
        ReadWarnings warnings = new ReadWarnings();
        reader.readRecords(words, vectors, dimension, header.words(), warnings, progress);
        if (limit <= 0 || header.words() <= limit) {
            reader.checkTrailing(warnings, words.length, header.words(), dimension);
        }
        return new RawRows(words, vectors, dimension, null, row -> "word " + (row + 1), warnings);
    }

    private void readRecords(String[] words, float[] vectors, int dimension, long declared, ReadWarnings warnings,
            Progress progress) throws IOException {
        WordDecoder decoder = new WordDecoder();
        int recordBytes = 4 * dimension;
        for (int row = 0; row < words.length; row++) {
            if ((row & 16383) == 0) {
                progress.checkCancelled();
                progress.update(0.05 + 0.9 * bufferPosition / Math.max(1, file.length()), "Reading " + file.name());
            }
            skipNewlines();
            int space = findSpace(row, declared);
            int length = space - p;
            if (length > wordBytes.length) {
                wordBytes = new byte[Math.max(length, wordBytes.length * 2)];
            }
            buffer.get(p, wordBytes, 0, length);
            if (hasControlByte(wordBytes, length)) {
                throw misaligned(row, declared, dimension, "it holds control bytes");
            }
            String word = decoder.decode(wordBytes, 0, length);
            // The C tool cuts long words at a byte limit, which can split a character at the end;
            // invalid UTF-8 anywhere else is vector bytes read as a word.
            if (decoder.replaced() && !Utf8Tail.onlyCutAtTheEnd(wordBytes, length)) {
                throw misaligned(row, declared, dimension, "it is not valid UTF-8");
            }
            if (decoder.replaced()) {
                int at = row;
                warnings.add("words with invalid UTF-8", () -> file.name() + ", word " + (at + 1)
                        + ": invalid UTF-8 in '" + word + "'; bad bytes replaced by U+FFFD");
            }
            words[row] = word;
            p = space + 1;
            if (!ensure(recordBytes)) {
                throw DataFormatException.inFile(file.name(), "truncated: the vector of word " + (row + 1) + " of "
                        + declared + " ('" + word + "') ends past the end of the file");
            }
            int base = row * dimension;
            buffer.position(p);
            buffer.asFloatBuffer().get(vectors, base, dimension);
            if (!finite(vectors, base, dimension)) {
                Arrays.fill(vectors, base, base + dimension, 0f);
                int at = row;
                warnings.add("rows with NaN or infinite values", () -> file.name() + ", word " + (at + 1) + " ('"
                        + word + "'): NaN or infinite value; vector set to zeros");
            }
            p += recordBytes;
        }
    }

    private static boolean hasControlByte(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words made of vector bytes mean the reader lost its place: the header's dimension is wrong, a
     * word holds a space, or the file is not binary at all. Reading on would give junk words.
     */
    private DataFormatException misaligned(int row, long declared, int dimension, String evidence) throws IOException {
        byte[] start = new byte[(int) Math.min(4096, file.length() - dataStart)];
        file.read(dataStart, start, 0, start.length);
        String looksLike = TextSample.looksLikeText(start, start.length)
                ? "the data after the header is text, so this looks like a word2vec text file (open it with"
                        + " --format word2vec)"
                : "this is not a word2vec binary file of dimension " + dimension + " (the header's dimension may be"
                        + " wrong, or words hold spaces)";
        return DataFormatException.inFile(file.name(), "word " + (row + 1) + " of " + declared + " (byte "
                + (bufferPosition + p) + "): " + evidence + "; " + looksLike);
    }

    private static boolean finite(float[] values, int from, int count) {
        int bad = 0;
        for (int i = from; i < from + count; i++) {
            // All exponent bits set: NaN or infinity.
            bad |= (Float.floatToRawIntBits(values[i]) & 0x7F800000) == 0x7F800000 ? 1 : 0;
        }
        return bad == 0;
    }

    private void skipNewlines() throws IOException {
        while (ensure(1) && (buffer.get(p) == '\n' || buffer.get(p) == '\r')) {
            p++;
        }
    }

    /** Index in the buffer of the space that ends the current word. */
    private int findSpace(int row, long declared) throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = p + scanned; i < have; i++) {
                if (buffer.get(i) == ' ') {
                    if (i == p) {
                        throw bad(row, declared, "empty word");
                    }
                    return i;
                }
            }
            scanned = have - p;
            if (scanned > MAX_WORD_BYTES) {
                throw bad(row, declared, "no space after " + MAX_WORD_BYTES + " bytes of word; not a word2vec"
                        + " binary file, or its header has the wrong dimension");
            }
            if (!ensure(scanned + 1)) {
                throw DataFormatException.inFile(file.name(), "truncated: the file ends before word " + (row + 1)
                        + " of " + declared);
            }
        }
    }

    private DataFormatException bad(int row, long declared, String problem) {
        return DataFormatException.inFile(file.name(), "word " + (row + 1) + " of " + declared + " (byte "
                + (bufferPosition + p) + "): " + problem);
    }

    /** Makes at least {@code count} bytes available from p; false if the file ends first. */
    private boolean ensure(int count) throws IOException {
        if (have - p >= count) {
            return true;
        }
        if (eof) {
            return false;
        }
        buffer.limit(have).position(p);
        buffer.compact();
        bufferPosition += p;
        have -= p;
        p = 0;
        while (have < count && !eof) {
            buffer.limit(buffer.capacity()).position(have);
            int got = file.read(bufferPosition + have, buffer);
            have += got;
            eof = bufferPosition + have >= file.length() || got == 0;
        }
        buffer.clear();
        return have >= count;
    }

    /**
     * Bytes after the last declared word are tolerated when they are more whole records (the
     * header's word count is low, and gensim reads as many as it says too). Anything else means the
     * reader lost its place: the last word does not end where the file does.
     */
    private void checkTrailing(ReadWarnings warnings, int rows, long declared, int dimension) throws IOException {
        skipNewlines();
        long extra = file.length() - (bufferPosition + p);
        if (extra <= 0) {
            return;
        }
        if (!looksLikeRecord(dimension)) {
            throw misaligned(rows - 1, declared, dimension, "the last word ends " + extra
                    + " bytes before the end of the file");
        }
        warnings.add("trailing bytes", file.name() + ": " + extra + " bytes after the last word were ignored"
                + " (the header says " + declared + " words; more seem to follow)");
    }

    private boolean looksLikeRecord(int dimension) throws IOException {
        int probe = (int) Math.min(1024, file.length() - (bufferPosition + p));
        ensure(probe);
        for (int i = p; i < p + Math.min(probe, have - p); i++) {
            int b = buffer.get(i) & 0xFF;
            if (b == ' ') {
                return i > p && file.length() - (bufferPosition + i + 1) >= 4L * dimension;
            }
            if (b < 0x20 || b == 0x7F) {
                return false;
            }
        }
        return false;
    }
}
