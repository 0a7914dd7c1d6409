package org.embedscope.model.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts lines and non-blank lines of a chunk. The common case (no blank lines, no line starting
 * with white space) is counted eight bytes at a time; a chunk where a newline is followed by white
 * space is recounted byte by byte, so the result is always exact.
 */
final class LineCounter {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long SPACES = 0x2020202020202020L;
    private static final long TABS = 0x0909090909090909L;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private LineCounter() {
    }

    /** @return {newlines, rows}, rows being lines with a byte other than space, tab or CR */
    static long[] count(byte[] b, int length) {
        if (length == 0) {
            return new long[] {0, 0};
        }
        if (blank(b[0])) {
            return exact(b, length);
        }
        long lines = 0;
        boolean previousEndedWithNewline = false;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long v = (long) LONG_LE.get(b, i);
            if (previousEndedWithNewline && blank(b[i])) {
                return exact(b, length);
            }
            long nl = equalBytes(v, NEWLINES);
            previousEndedWithNewline = nl < 0;
            if (nl != 0) {
                lines += Long.bitCount(nl);
                long white = nl | equalBytes(v, SPACES) | equalBytes(v, TABS) | equalBytes(v, RETURNS);
                if (((nl << 8) & white) != 0) {
                    return exact(b, length);
                }
            }
        }
        boolean afterNewline = previousEndedWithNewline;
        for (; i < length; i++) {
            if (afterNewline && blank(b[i])) {
                return exact(b, length);
            }
            afterNewline = b[i] == '\n';
            if (afterNewline) {
                lines++;
            }
        }
        boolean tailHasContent = false;
        for (int j = length - 1; j >= 0 && b[j] != '\n'; j--) {
            tailHasContent |= !blank(b[j]);
        }
        return new long[] {lines, lines + (tailHasContent ? 1 : 0)};
    }

    /** A mask with 0x80 in every byte of {@code v} equal to the byte repeated in {@code pattern}. */
    private static long equalBytes(long v, long pattern) {
        long x = v ^ pattern;
        return ~(((x & LOW7) + LOW7) | x) & HIGH;
    }

    private static boolean blank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    static long[] exact(byte[] b, int length) {
        long lines = 0;
        long rows = 0;
        boolean content = false;
        for (int i = 0; i < length; i++) {
            byte x = b[i];
            if (x == '\n') {
                lines++;
                if (content) {
                    rows++;
                    content = false;
                }
            } else if (x != ' ' && x != '\t' && x != '\r') {
                content = true;
            }
        }
        if (content) {
            rows++;
        }
        return new long[] {lines, rows};
    }
}
