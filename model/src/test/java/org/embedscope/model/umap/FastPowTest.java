package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastPowTest {
    private static void agreesWithMathPow(java.util.function.DoubleBinaryOperator power, double relative, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < 100_000; t++) {
            double x = Math.exp(random.nextDouble(-30, 30));
            double y = random.nextDouble(-2, 2);
            double expected = Math.pow(x, y);
            assertEquals(expected, power.applyAsDouble(x, y), relative * expected, x + "^" + y);
        }
    }

    @Test
    void agreesWithMathPowToOnePartInTenMillion() {
        agreesWithMathPow(FastPow::pow, 1e-7, 1);
    }

    @Test
    void theRoughPowerAgreesWithMathPowToFivePartsInAMillion() {
        agreesWithMathPow(FastPow::rough, 5e-6, 2);
        assertEquals(1, FastPow.rough(1, 0.9), 1e-6);
        assertEquals(0, FastPow.rough(0, 0.9));
    }

    @Test
    void handCheckedValues() {
        assertEquals(8, FastPow.pow(2, 3), 1e-12);
        assertEquals(0.5, FastPow.pow(4, -0.5), 1e-12);
        assertEquals(1, FastPow.pow(123.4, 0), 1e-15);
        assertEquals(0, FastPow.pow(0, 0.9));
    }
}
