package org.embedscope.model.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class MapKnnTest {
    @Test
    void handComputedLine() {
        // Points 0, 1, 3, 7 on a line (2D, y = 0).
        float[] p = {0, 0, 1, 0, 3, 0, 7, 0};
        KnnGraph g = MapKnn.compute(p, 4, 2, 2, Progress.NONE);
        assertArrayEquals(new int[] {1, 2, 0, 2, 1, 0, 2, 1}, g.neighbors());
        assertArrayEquals(new float[] {1, 3, 1, 2, 2, 3, 4, 6}, g.distances(), 1e-6f);
    }

    @Test
    void matchesBruteForceIn2dAnd3d() {
        for (int dims = 2; dims <= 3; dims++) {
            int n = 3000;
            float[] p = SyntheticData.blobs(6, n / 6, dims, 2.0, dims);
            KnnGraph g = MapKnn.compute(p, n, dims, 10, Progress.NONE);
            for (int i = 0; i < n; i += 13) {
                int[] expected = ExactKnnTest.bruteForce(p, n, dims, i, 10, Metric.EUCLIDEAN);
                assertArrayEquals(expected, Arrays.copyOfRange(g.neighbors(), i * 10, i * 10 + 10), "row " + i);
            }
        }
    }

    @Test
    void coincidentPointsAreEachOthersNeighbours() {
        float[] p = new float[40];
        KnnGraph g = MapKnn.compute(p, 20, 2, 3, Progress.NONE);
        // All at the origin: ties go to the lowest ids.
        assertArrayEquals(new int[] {1, 2, 3}, Arrays.copyOfRange(g.neighbors(), 0, 3));
        assertEquals(0, g.distance(5, 0), 0);
    }
}
