package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.junit.jupiter.api.Test;

class FuzzySimplicialSetTest {
    /** Four points on a line at 0, 1, 3 and 6, each with its two nearest neighbours. */
    private static final KnnGraph LINE = new KnnGraph(4, 2, Metric.EUCLIDEAN,
            new int[] {1, 2, 0, 2, 1, 0, 2, 1},
            new float[] {1, 3, 1, 2, 2, 3, 3, 5});

    @Test
    void eachRowsMembershipsSumToLog2K() {
        float[] w = FuzzySimplicialSet.memberships(LINE, Progress.NONE);
        for (int i = 0; i < 4; i++) {
            assertEquals(1.0, w[2 * i], 1e-6, "the nearest neighbour is fully connected");
            assertEquals(1.0, w[2 * i] + w[2 * i + 1], 1e-4, "log2(2) = 1");
        }
    }

    @Test
    void sigmaSolvesTheTargetByHand() {
        // distances 1, 2, 4 with k = 3: rho = 1, so 1 + exp(-1/s) + exp(-3/s) = log2(3)
        float[] w = new float[3];
        FuzzySimplicialSet.calibrateRow(new double[] {1, 2, 4}, Math.log(3) / Math.log(2), w, 0);
        double target = Math.log(3) / Math.log(2) - 1;
        assertEquals(target, w[1] + w[2], 1e-4);
        double sigma = -1 / Math.log(w[1]);
        assertEquals(Math.exp(-3 / sigma), w[2], 1e-5);
    }

    @Test
    void unionCombinesBothDirectionsAsAPlusBMinusAB() {
        float[] w = FuzzySimplicialSet.memberships(LINE, Progress.NONE);
        UmapGraph g = FuzzySimplicialSet.union(LINE, w);
        // 0 -> 1 is w[0] (= 1) and 1 -> 0 is w[2] (= 1): union 1
        assertEquals(1, g.weight(0, 1), 1e-6);
        // 0 -> 2 is w[1]; 2 -> 0 is w[5]
        double a = w[1];
        double b = w[5];
        assertEquals(a + b - a * b, g.weight(0, 2), 1e-6);
        assertEquals(g.weight(0, 2), g.weight(2, 0), 0);
        // 3 -> 2 (its nearest, 1) and 2 never lists 3: union is 1
        assertEquals(1, g.weight(3, 2), 1e-6);
        assertEquals(1, g.weight(2, 3), 1e-6);
        assertEquals(0, g.weight(0, 3));
        for (int i = 0; i < 4; i++) {
            for (int e = g.offsets()[i] + 1; e < g.offsets()[i + 1]; e++) {
                assertEquals(true, g.targets()[e - 1] < g.targets()[e], "rows are sorted and without duplicates");
            }
        }
    }
}
