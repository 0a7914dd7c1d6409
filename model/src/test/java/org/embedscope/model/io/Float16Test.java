package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Float16Test {
    @Test
    void decodesKnownBitPatterns() {
        assertEquals(1.0f, Float16.toFloat((short) 0x3C00));
        assertEquals(-2.0f, Float16.toFloat((short) 0xC000));
        assertEquals(65504f, Float16.toFloat((short) 0x7BFF));
        assertEquals(0x1p-24f, Float16.toFloat((short) 0x0001));
        assertEquals(0.333251953125f, Float16.toFloat((short) 0x3555));
        assertEquals(Float.POSITIVE_INFINITY, Float16.toFloat((short) 0x7C00));
        assertEquals(Float.NEGATIVE_INFINITY, Float16.toFloat((short) 0xFC00));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(Float16.toFloat((short) 0x8000)));
    }

    /** Every half against the IEEE 754 definition, evaluated in double arithmetic rather than with bits. */
    @Test
    void everyHalfDecodesToItsDefinedValue() {
        for (int bits = 0; bits < 0x10000; bits++) {
            int sign = bits >>> 15;
            int exponent = (bits >>> 10) & 0x1F;
            int fraction = bits & 0x3FF;
            float decoded = Float16.toFloat((short) bits);
            if (exponent == 0x1F) {
                assertTrue(fraction == 0 ? Float.isInfinite(decoded) : Float.isNaN(decoded), Integer.toHexString(bits));
                continue;
            }
            double magnitude = exponent == 0
                    ? fraction / 1024.0 * Math.pow(2, -14)
                    : (1 + fraction / 1024.0) * Math.pow(2, exponent - 15);
            double expected = sign == 1 ? -magnitude : magnitude;
            assertEquals(expected, decoded, 0.0, Integer.toHexString(bits));
        }
    }
}
