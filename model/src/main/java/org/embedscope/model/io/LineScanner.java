package org.embedscope.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into '\n'-terminated lines without decoding, reusing one buffer. */
final class LineScanner {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long lineNumber;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** The next line's bytes (valid up to {@link #length()}), or null at the end. */
    byte[] next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line;
                }
            }
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos - start);
            if (chunkPos < chunkLen) {
                chunkPos++;
                lineNumber++;
                return line;
            }
        }
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(chunk, from, line, length, count);
        length += count;
    }

    int length() {
        return length;
    }

    long lineNumber() {
        return lineNumber;
    }
}
