package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.ExactKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

class AffinitiesTest {
    @Test
    void everyRowHasTheRequestedPerplexity() {
        float[] data = SyntheticData.blobs(5, 100, 10, 2.0, 4);
        for (Metric metric : KnnGraph.METRICS) {
            KnnGraph graph = ExactKnn.compute(data, 500, 10, 31, metric, Progress.NONE);
            for (double perplexity : new double[] {5, 10}) {
                double[] p = Affinities.conditional(graph, perplexity, Progress.NONE);
                for (int i = 0; i < 500; i++) {
                    double sum = 0;
                    double entropy = 0;
                    for (int r = 0; r < 31; r++) {
                        double v = p[i * 31 + r];
                        sum += v;
                        entropy -= v > 0 ? v * Math.log(v) : 0;
                    }
                    assertEquals(1, sum, 1e-9);
                    assertEquals(Math.log(perplexity), entropy, 1e-4, metric + " row " + i);
                }
            }
        }
    }

    @Test
    void handComputedSymmetrisation() {
        // Three points, k = 2. p(j|i): row 0 -> (1: 0.75, 2: 0.25), row 1 -> (0: 0.5, 2: 0.5),
        // row 2 -> (1: 1.0, 0: 0.0). P_ij = (p(j|i) + p(i|j)) / (2 * 3).
        int[] neighbours = {1, 2, 0, 2, 1, 0};
        float[] distances = {1, 2, 1, 1, 1, 2};
        KnnGraph graph = new KnnGraph(3, 2, Metric.EUCLIDEAN, neighbours, distances);
        double[] conditional = {0.75, 0.25, 0.5, 0.5, 1.0, 0.0};
        SparseMatrix p = Affinities.symmetric(graph, conditional);
        assertArrayEquals(new int[] {0, 2, 4, 6}, p.rowStarts());
        // merged in place: the arrays keep their 2nk length, entries past rowStarts[n] unused
        assertArrayEquals(new int[] {1, 2, 0, 2, 0, 1}, java.util.Arrays.copyOf(p.columns(), 6));
        assertArrayEquals(new float[] {1.25f / 6, 0.25f / 6, 1.25f / 6, 1.5f / 6, 0.25f / 6, 1.5f / 6},
                java.util.Arrays.copyOf(p.values(), 6), 1e-7f);
    }

    @Test
    void calibrationOfTwoEqualNeighboursIsUniform() {
        double[] out = new double[2];
        Affinities.calibrateRow(new double[] {3, 3}, 2, Math.log(2), out, 0);
        assertArrayEquals(new double[] {0.5, 0.5}, out, 1e-12);
    }
}
