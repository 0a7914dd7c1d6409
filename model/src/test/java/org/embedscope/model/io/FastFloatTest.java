package org.embedscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every token must parse to exactly the bits of {@link Float#parseFloat}, or fail where it fails. */
class FastFloatTest {
    private static void assertSameAsJava(String token) {
        // Padding after the token lets the scan take its 8-byte steps, as inside a chunk.
        byte[] bytes = (" " + token + " 0.5 1 2 3 4").getBytes(StandardCharsets.ISO_8859_1);
        int end = 1 + token.length();
        float expected = Float.parseFloat(token);
        float actual = FastFloat.parse(bytes, 1, end);
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), token);
        // The in-line scan the text parser uses must agree too whenever it accepts the token.
        long scanned = FastFloat.scan(bytes, 1, bytes.length);
        if (scanned >= 0 && (int) (scanned >>> 32) == end) {
            assertEquals(Float.floatToRawIntBits(expected), (int) scanned, token);
        }
    }

    @Test
    void trickyTokens() {
        String[] tokens = {"0", "-0", "+0", "0.0", "-0.0", ".5", "5.", "-.5", "1e5", "1E5", "1e+5", "1e-5", "1e0",
            "0.038194", "-0.24487", "3.4028235e38", "3.4028236e38", "3.5e38", "1e39", "1.4e-45", "7e-46", "1e-46",
            "1.17549435e-38", "1.1754942e-38", "9007199254740993", "9007199254740992", "123456789012345678",
            "1234567890123456789", "0.000000000000000000000000000001", "1e22", "1e23", "1e-22", "1e-23",
            "16777217", "16777216.5", "0.1", "0.2", "0.3", "2.5e-7", "99999999999999999999", "1.5f", "1.5d",
            "0x1p3", "0x1.8p1", "NaN", "Infinity", "-Infinity", "00000000000000000001.5", "1.000000000000000000001",
            "33554431", "33554433", "4.7223665e21", "8.589973e9", "1.00000017881393432617187499"};
        for (String token : tokens) {
            assertSameAsJava(token);
        }
    }

    @Test
    void randomFloatsPrintedManyWays() {
        Random random = new Random(42);
        for (int i = 0; i < 40_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(f)) {
                continue;
            }
            assertSameAsJava(Float.toString(f));
            assertSameAsJava(Double.toString(random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15)));
            assertSameAsJava(String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextGaussian()));
            assertSameAsJava(String.format(Locale.ROOT, "%." + random.nextInt(12) + "e", f));
        }
    }

    @Test
    void randomDigitStrings() {
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder token = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(20);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    token.append('.');
                }
                token.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(3) == 0) {
                token.append('e').append(random.nextInt(60) - 30);
            }
            assertSameAsJava(token.toString());
        }
    }

    @Test
    void halfwayPointsBetweenFloats() {
        // Exact decimal midpoints between neighbouring floats: the hardest cases for rounding.
        Random random = new Random(3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt(0x7F000000));
            BigDecimal mid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            tokens.add(mid.toString());
            tokens.add(mid.round(new java.math.MathContext(17)).toString());
            tokens.add(mid.round(new java.math.MathContext(9)).toPlainString().length() < 60
                    ? mid.round(new java.math.MathContext(9)).toPlainString() : "1");
        }
        tokens.forEach(FastFloatTest::assertSameAsJava);
    }

    @Test
    void rejectsWhatJavaRejects() {
        for (String token : new String[] {"", "-", ".", "e5", "1e", "1e+", "1..2", "x4", "1,5", "--1", "nan", "inf"}) {
            byte[] bytes = token.getBytes(StandardCharsets.ISO_8859_1);
            assertThrows(NumberFormatException.class, () -> Float.parseFloat(token.isEmpty() ? "" : token), token);
            assertThrows(NumberFormatException.class, () -> FastFloat.parse(bytes, 0, bytes.length), token);
        }
    }

    @Test
    void namesOfNonFiniteValues() {
        for (String token : new String[] {"nan", "NaN", "-nan", "inf", "-inf", "+Inf", "Infinity", "-infinity"}) {
            byte[] bytes = token.getBytes(StandardCharsets.ISO_8859_1);
            assertTrue(FastFloat.isNonFiniteName(bytes, 0, bytes.length), token);
        }
    }
}
