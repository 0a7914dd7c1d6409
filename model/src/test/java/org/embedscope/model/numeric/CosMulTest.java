package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CosMulTest {
    @Test
    void scoreByHand() {
        // cosines a = 0, b = 1, c = 0.5: p = 0.5, 1, 0.75 -> 0.75 / (0.5 + 1e-6)
        assertEquals(0.75 / 0.500001, CosMul.score(0, 1, 0.5), 1e-15);
        assertEquals(0.25 / 0.500001, CosMul.score(0, 0, 0), 1e-15);
    }

    @Test
    void theFloatBoundsHoldTheExactScoreOfEveryCosineWithinTheError() {
        Random random = new Random(3);
        float error = 1e-4f;
        float radius = CosMul.pRadius(error);
        for (int trial = 0; trial < 100_000; trial++) {
            float[] c = new float[3];
            double[] exact = new double[3];
            for (int i = 0; i < 3; i++) {
                c[i] = (float) (2 * random.nextDouble() - 1);
                // the exact cosine anywhere within the error, and within [-1, 1]
                exact[i] = Math.max(-1, Math.min(1, c[i] + (2 * random.nextDouble() - 1) * error));
            }
            double score = CosMul.score(exact[0], exact[1], exact[2]);
            assertTrue(CosMul.lower(c[0], c[1], c[2], radius) <= score, "lower at trial " + trial);
            assertTrue(CosMul.upper(c[0], c[1], c[2], radius) >= score, "upper at trial " + trial);
        }
    }
}
