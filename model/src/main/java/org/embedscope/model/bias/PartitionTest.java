package org.embedscope.model.bias;

import java.util.SplittableRandom;
import org.embedscope.model.Progress;

/**
 * WEAT's permutation test. The statistic of a partition (X', Y') is sum s(X') - sum s(Y') =
 * 2 sum s(X') - sum s, so only the sum over X' matters: partitions are subsets of size |X|.
 */
final class PartitionTest {
    private static final int CHECK_EVERY = 4096;

    record Outcome(double pValue, boolean exact, long partitions) {
    }

    private PartitionTest() {
    }

    /** @param s the associations, X's {@code sizeX} first */
    static Outcome pValue(double[] s, int sizeX, int permutations, long seed, Progress progress) {
        double observed = 0;
        double scale = 0;
        for (int k = 0; k < s.length; k++) {
            observed += k < sizeX ? s[k] : 0;
            scale += Math.abs(s[k]);
        }
        // A partition that equals the observed one up to summation order must not count as exceeding it.
        double threshold = observed + 1e-12 * scale;
        long all = binomial(s.length, sizeX, Weat.EXACT_LIMIT + 1);
        if (all <= Weat.EXACT_LIMIT) {
            return new Outcome((double) countExact(s, sizeX, threshold, all, progress) / all, true, all);
        }
        return new Outcome((double) countRandom(s, sizeX, threshold, permutations, seed, progress) / permutations,
                false, permutations);
    }

    /** C(n, k), or {@code cap} once it reaches the cap. */
    static long binomial(int n, int k, long cap) {
        long value = 1;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            value = value * (n - Math.min(k, n - k) + i) / i;
            if (value >= cap) {
                return cap;
            }
        }
        return value;
    }

    private static long countExact(double[] s, int k, double threshold, long all, Progress progress) {
        int n = s.length;
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            chosen[i] = i;
        }
        long above = 0;
        long seen = 0;
        while (true) {
            double sum = 0;
            for (int index : chosen) {
                sum += s[index];
            }
            if (sum > threshold) {
                above++;
            }
            if (++seen % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update((double) seen / all, "WEAT: partition " + seen + " of " + all);
            }
            int i = k - 1;
            while (i >= 0 && chosen[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return above;
            }
            chosen[i]++;
            for (int j = i + 1; j < k; j++) {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
    }

    private static long countRandom(double[] s, int k, double threshold, int permutations, long seed,
            Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] shuffled = s.clone();
        long above = 0;
        for (int p = 0; p < permutations; p++) {
            double sum = 0;
            // A partial Fisher-Yates shuffle: the first k places are a uniform random subset.
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(shuffled.length - i);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
                sum += shuffled[i];
            }
            if (sum > threshold) {
                above++;
            }
            if ((p + 1) % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update((double) (p + 1) / permutations, "WEAT: partition " + (p + 1) + " of " + permutations);
            }
        }
        return above;
    }
}
