package org.embedscope.model.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class ExactKnnTest {
    @Test
    void handComputedSquare() {
        // Corners of a 2 x 1 rectangle: (0,0) (2,0) (0,1) (2,1). Euclidean neighbours of (0,0):
        // (0,1) at 1, then (2,0) at 2.
        float[] data = {0, 0, 2, 0, 0, 1, 2, 1};
        KnnGraph g = ExactKnn.compute(data, 4, 2, 2, Metric.EUCLIDEAN, Progress.NONE);
        assertArrayEquals(new int[] {2, 1}, Arrays.copyOfRange(g.neighbors(), 0, 2));
        assertArrayEquals(new float[] {1, 2}, Arrays.copyOfRange(g.distances(), 0, 2), 1e-6f);
        // Cosine: (2,1) is nearer in angle to (2,0) than to (0,1).
        KnnGraph c = ExactKnn.compute(data, 4, 2, 1, Metric.COSINE, Progress.NONE);
        assertEquals(1, c.neighbor(3, 0));
        assertEquals(1 - 2 / Math.sqrt(5), c.distance(3, 0), 1e-6);
    }

    @Test
    void refusesMetricsWithoutAGraphNamingTheSupportedOnes() {
        float[] data = SyntheticData.uniform(20, 3, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExactKnn.compute(data, 20, 3, 2, Metric.MANHATTAN, Progress.NONE));
        assertEquals("neighbour graphs compare points by cosine or euclidean, not manhattan", e.getMessage());
    }

    @Test
    void matchesBruteForceInDoublePrecision() {
        int n = 700;
        int d = 23;
        float[] data = SyntheticData.uniform(n, d, 11);
        for (Metric metric : KnnGraph.METRICS) {
            KnnGraph g = ExactKnn.compute(data, n, d, 9, metric, Progress.NONE);
            for (int i = 0; i < n; i += 7) {
                int[] expected = bruteForce(data, n, d, i, 9, metric);
                int[] got = Arrays.copyOfRange(g.neighbors(), i * 9, i * 9 + 9);
                assertArrayEquals(expected, got, metric + " row " + i);
                assertEquals(distance(data, d, i, expected[0], metric), g.distance(i, 0), 1e-5);
            }
        }
    }

    @Test
    void rejectsImpossibleK() {
        float[] data = SyntheticData.uniform(5, 3, 1);
        assertThrows(IllegalArgumentException.class, () -> ExactKnn.compute(data, 5, 3, 5, Metric.COSINE, Progress.NONE));
    }

    static int[] bruteForce(float[] data, int n, int d, int query, int k, Metric metric) {
        return IntStream.range(0, n).filter(j -> j != query).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> distance(data, d, query, j, metric)).thenComparing(j -> j))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    static double distance(float[] data, int d, int a, int b, Metric metric) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        double sq = 0;
        for (int t = 0; t < d; t++) {
            double x = data[a * d + t];
            double y = data[b * d + t];
            dot += x * y;
            na += x * x;
            nb += y * y;
            sq += (x - y) * (x - y);
        }
        return metric == Metric.COSINE ? 1 - dot / Math.sqrt(na * nb) : Math.sqrt(sq);
    }
}
