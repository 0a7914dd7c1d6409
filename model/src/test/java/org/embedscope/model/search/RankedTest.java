package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankedTest {
    /** Few candidates go through an insertion, many through a sort: both must give this order. */
    @Test
    void bestKByScoreThenLowerRowForSmallAndLargeInputs() {
        Random random = new Random(4);
        for (int n : new int[] {0, 1, 7, 300, 5000}) {
            int[] rows = IntStream.range(0, n).map(i -> 3 * i + 1).toArray();
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            double[] score = new double[3 * n + 2];
            for (int r : rows) {
                score[r] = random.nextInt(50) / 7.0; // many ties
            }
            for (int k : new int[] {1, 5, n, n + 3}) {
                int[] expected = IntStream.of(rows).boxed()
                        .sorted(Comparator.<Integer>comparingDouble(r -> -score[r]).thenComparing(r -> r))
                        .limit(k).mapToInt(Integer::intValue).toArray();
                Ranked ranked = Ranked.best(rows, k, r -> score[r]);
                assertArrayEquals(expected, ranked.rows(), "n " + n + " k " + k);
                assertArrayEquals(IntStream.of(expected).mapToDouble(r -> score[r]).toArray(), ranked.scores());
            }
        }
    }
}
