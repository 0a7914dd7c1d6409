package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }

    @Test
    void everyHalfSurvivesARoundTrip() {
        for (int bits = 0; bits < 0x10000; bits++) {
            float value = Float16.toFloat((short) bits);
            if (!Float.isNaN(value)) {
                assertEquals(bits, Float16.fromFloat(value) & 0xFFFF, () -> Float.toString(value));
            }
        }
    }

    @Test
    void roundsToNearestAndTiesToEven() {
        // 1 + 2^-11 lies exactly between 1 and the next half (1 + 2^-10): ties go to the even 1.
        assertEquals(0x3C00, Float16.fromFloat(1f + 0x1p-11f) & 0xFFFF);
        assertEquals(0x3C02, Float16.fromFloat(1f + 3 * 0x1p-11f) & 0xFFFF);
        assertEquals(0x3C01, Float16.fromFloat(1f + 0x1p-11f + 0x1p-20f) & 0xFFFF);
        assertEquals(0x7C00, Float16.fromFloat(65520f) & 0xFFFF);
    }
}
