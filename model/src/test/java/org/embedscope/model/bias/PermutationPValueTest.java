package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

/** PartitionTest against a brute force over bit masks (every subset, keeping those of the right size). */
class PermutationPValueTest {
    private static double[] scores(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            // Targets lean a little more toward A in X, the first half, than in Y.
            s[i] = random.nextDouble(-1, 1) + (i < n / 2 ? 0.25 : 0);
        }
        return s;
    }

    private static double bruteForce(double[] s, int k) {
        double observed = 0;
        for (int i = 0; i < k; i++) {
            observed += s[i];
        }
        long above = 0;
        long all = 0;
        for (int mask = 0; mask < 1 << s.length; mask++) {
            if (Integer.bitCount(mask) != k) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < s.length; i++) {
                if ((mask & 1 << i) != 0) {
                    sum += s[i];
                }
            }
            all++;
            if (sum > observed + 1e-9) {
                above++;
            }
        }
        return (double) above / all;
    }

    @Test
    void upToAMillionPartitionsEveryOneIsCounted() {
        double[] s = scores(22, 7);
        PartitionTest.Outcome outcome = PartitionTest.pValue(s, 11, Weat.MIN_PERMUTATIONS, 1, Progress.NONE);
        assertTrue(outcome.exact());
        assertEquals(705_432, outcome.partitions());
        assertEquals(bruteForce(s, 11), outcome.pValue(), 1e-12);
    }

    @Test
    void beyondAMillionPartitionsARandomSampleEstimatesThePValue() {
        double[] s = scores(24, 11);
        double exact = bruteForce(s, 12);
        int draws = 100_000;
        PartitionTest.Outcome outcome = PartitionTest.pValue(s, 12, draws, 3, Progress.NONE);
        assertFalse(outcome.exact());
        assertEquals(draws, outcome.partitions());
        double standardError = Math.sqrt(exact * (1 - exact) / draws);
        assertEquals(exact, outcome.pValue(), 5 * standardError);
        assertEquals(outcome.pValue(), PartitionTest.pValue(s, 12, draws, 3, Progress.NONE).pValue(), 0.0);
    }

    @Test
    void binomialCountsSubsetsAndStopsAtTheCap() {
        assertEquals(6, PartitionTest.binomial(4, 2, 100));
        assertEquals(705_432, PartitionTest.binomial(22, 11, 1_000_001));
        assertEquals(1_000_001, PartitionTest.binomial(24, 12, 1_000_001));
        assertEquals(1, PartitionTest.binomial(5, 0, 100));
    }
}
