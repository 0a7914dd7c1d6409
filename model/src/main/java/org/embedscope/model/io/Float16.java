package org.embedscope.model.io;

/**
 * IEEE 754 half-precision conversion. Java 17 has no {@code Float.float16ToFloat}; every half
 * value is exactly representable as a float, so decoding is lossless.
 */
public final class Float16 {
    private Float16() {
    }

    public static float toFloat(short half) {
        int bits = half & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            // Subnormal (or zero): mantissa * 2^-24, exact in float.
            float magnitude = mantissa * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /** Rounds to the nearest half value, ties to even, as numpy and Python's struct do. */
    public static short fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int magnitude = bits & 0x7FFFFFFF;
        if (magnitude >= 0x7F800000) {
            return (short) (sign | 0x7C00 | (magnitude > 0x7F800000 ? 0x200 : 0));
        }
        if (magnitude >= 0x477FF000) {
            return (short) (sign | 0x7C00); // rounds past the largest half (65504)
        }
        if (magnitude < 0x38800000) {
            // Result is subnormal: scale to units of 2^-24 and round half to even.
            float scaled = Float.intBitsToFloat(magnitude) * 0x1p24f;
            return (short) (sign | (int) Math.rint(scaled));
        }
        int rounded = magnitude + 0xFFF + ((magnitude >>> 13) & 1);
        return (short) (sign | ((rounded - 0x38000000) >>> 13));
    }
}
