package org.embedscope.model.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class ApproximateKnnTest {
    private static final int N = 4000;
    private static final int D = 16;
    private static final int K = 15;

    @Test
    void recallAgainstExactIsHigh() {
        // 40 overlapping blobs: neighbours are local but not trivially separable.
        float[] data = SyntheticData.blobs(40, N / 40, D, 3.0, 21);
        KnnGraph exact = ExactKnn.compute(data, N, D, K, Metric.COSINE, Progress.NONE);
        KnnGraph approx = ApproximateKnn.compute(data, N, D, K, Metric.COSINE, 1,
                new ApproximateKnn.Settings(3, 64, 10, 20), Progress.NONE);
        double recall = recall(exact, approx);
        assertTrue(recall > 0.95, "recall " + recall);
        // Every list holds k distinct points other than the point itself.
        for (int i = 0; i < N; i++) {
            Set<Integer> seen = new HashSet<>();
            for (int r = 0; r < K; r++) {
                int j = approx.neighbor(i, r);
                assertTrue(j != i && seen.add(j), "row " + i);
                if (r > 0) {
                    assertTrue(approx.distance(i, r) >= approx.distance(i, r - 1), "sorted");
                }
            }
        }
    }

    @Test
    void sameSeedSameGraph() {
        float[] data = SyntheticData.blobs(10, 150, D, 2.0, 3);
        ApproximateKnn.Settings s = new ApproximateKnn.Settings(2, 40, 3, 12);
        KnnGraph a = ApproximateKnn.compute(data, 1500, D, 10, Metric.EUCLIDEAN, 9, s, Progress.NONE);
        KnnGraph b = ApproximateKnn.compute(data, 1500, D, 10, Metric.EUCLIDEAN, 9, s, Progress.NONE);
        assertArrayEquals(a.neighbors(), b.neighbors());
        assertArrayEquals(a.distances(), b.distances());
    }

    static double recall(KnnGraph exact, KnnGraph approx) {
        long hits = 0;
        int k = exact.k();
        for (int i = 0; i < exact.points(); i++) {
            Set<Integer> truth = new HashSet<>();
            for (int r = 0; r < k; r++) {
                truth.add(exact.neighbor(i, r));
            }
            for (int r = 0; r < k; r++) {
                if (truth.contains(approx.neighbor(i, r))) {
                    hits++;
                }
            }
        }
        return (double) hits / ((long) exact.points() * k);
    }
}
