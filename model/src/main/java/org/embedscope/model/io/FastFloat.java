package org.embedscope.model.io;

import ch.randelshofer.fastdoubleparser.JavaFloatParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Parses a decimal token to exactly the float {@link Float#parseFloat} gives.
 *
 * <p>The fast path handles plain decimals ({@code -0.0123}, {@code 4e-3}) whose digits form an
 * integer m < 2^53 scaled by 10^k with |k| <= 22. Then m and 10^|k| are exact doubles, one double
 * multiplication or division is correctly rounded, and rounding that double to float is correctly
 * rounded too, because double rounding is innocuous when 53 >= 2 * 24 + 2 (Figueroa, 1995). The
 * result also stays far from float overflow and subnormals (1e-22 <= value < 2^53 * 1e22). Every
 * other token (long mantissas, big exponents, hex, suffixes, NaN) goes to FastDoubleParser, which
 * is correctly rounded as well.
 */
final class FastFloat {
    private static final double[] POWERS = new double[23];
    private static final long EXACT_LIMIT = 1L << 53;
    static final long NO_FAST_PATH = -1;
    private static final long[] LONG_POWERS = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private FastFloat() {
    }

    /**
     * Parses {@code bytes[from, to)}, which must be exactly one token.
     *
     * @throws NumberFormatException when the token is not a number Java accepts
     */
    static float parse(byte[] bytes, int from, int to) {
        long scanned = scan(bytes, from, to);
        if (scanned >= 0 && (int) (scanned >>> 32) == to) {
            return Float.intBitsToFloat((int) scanned);
        }
        return JavaFloatParser.parseFloat(bytes, from, to - from);
    }

    /**
     * The fast path: reads a plain decimal starting at {@code p} and stops at the first byte that
     * cannot continue it, without looking at that byte. The caller checks that the number ends at a
     * separator and otherwise falls back to {@link #parse} on the whole token.
     *
     * @return {@code end << 32 | floatBits}, or {@link #NO_FAST_PATH}
     */
    static long scan(byte[] b, int p, int limit) {
        boolean negative = false;
        if (p < limit && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        // The shape of nearly every value in GloVe-style files, "d.ddddd", takes one 8-byte step.
        if (p + 10 <= limit && b[p + 1] == '.') {
            int first = b[p] - '0';
            long t = (long) LONG_LE.get(b, p + 2) - 0x3030303030303030L;
            int run = Long.numberOfTrailingZeros((t | (t + 0x7676767676767676L)) & 0x8080808080808080L) >>> 3;
            if (first >= 0 && first <= 9 && run > 0 && run < 8) {
                int end = p + 2 + run;
                byte next = b[end];
                if (next != 'e' && next != 'E') {
                    long mantissa = first * LONG_POWERS[run] + eightDigits(t << (8 * (8 - run)));
                    float result = (float) (mantissa / POWERS[run]);
                    return (long) end << 32 | (Float.floatToRawIntBits(negative ? -result : result) & 0xFFFFFFFFL);
                }
            }
        }
        // The general path reads digit by digit: it is rare in real files, and keeping the 8-byte
        // load to one place lets the JIT inline it there.
        long mantissa = 0;
        int start = p;
        int d;
        while (p < limit && (d = b[p] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            p++;
        }
        int digits = p - start;
        int exponent = 0;
        if (p < limit && b[p] == '.') {
            p++;
            int fraction = p;
            while (p < limit && (d = b[p] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                p++;
            }
            exponent = fraction - p;
            digits += p - fraction;
        }
        // Past 18 digits the long may have wrapped; such tokens are rare and go the slow way.
        if (digits == 0 || digits > 18) {
            return NO_FAST_PATH;
        }
        if (p < limit && (b[p] | 0x20) == 'e') {
            p++;
            boolean negativeExponent = false;
            if (p < limit && (b[p] == '-' || b[p] == '+')) {
                negativeExponent = b[p] == '-';
                p++;
            }
            int exponentStart = p;
            int value = 0;
            while (p < limit && (d = b[p] - '0') >= 0 && d <= 9 && p - exponentStart < 5) {
                value = value * 10 + d;
                p++;
            }
            if (p == exponentStart) {
                return NO_FAST_PATH;
            }
            exponent += negativeExponent ? -value : value;
        }
        float result;
        if (mantissa == 0) {
            result = 0f;
        } else if (mantissa < EXACT_LIMIT && exponent >= -22 && exponent <= 22) {
            result = (float) (exponent < 0 ? mantissa / POWERS[-exponent] : mantissa * POWERS[exponent]);
        } else {
            return NO_FAST_PATH;
        }
        if (negative) {
            result = -result;
        }
        return (long) p << 32 | (Float.floatToRawIntBits(result) & 0xFFFFFFFFL);
    }

    /** The value of eight digit bytes (0..9 each, the first in the lowest byte), by SWAR. */
    private static long eightDigits(long v) {
        v = v * 10 + (v >>> 8);
        return (((v & 0x000000FF000000FFL) * 0x000F424000000064L)
                + (((v >>> 16) & 0x000000FF000000FFL) * 0x0000271000000001L)) >>> 32;
    }

    /**
     * True for the spellings of NaN and infinity that numpy, C and Python print ({@code nan},
     * {@code -inf}, {@code Infinity}, ...), which Java's syntax partly rejects; readers treat
     * them as non-finite values rather than as garbage.
     */
    static boolean isNonFiniteName(byte[] bytes, int from, int to) {
        int p = from;
        if (p < to && (bytes[p] == '-' || bytes[p] == '+')) {
            p++;
        }
        String name = new String(bytes, p, to - p, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return name.equals("nan") || name.equals("inf") || name.equals("infinity");
    }
}
