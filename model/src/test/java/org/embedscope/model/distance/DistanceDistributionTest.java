package org.embedscope.model.distance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

/** Distance distributions on point sets small enough to work out by hand, and against a brute force. */
class DistanceDistributionTest {
    private static VectorStore store(int dimension, float... values) {
        String[] words = new String[values.length / dimension];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
        }
        return VectorStore.of(words, values, dimension, DatasetInfo.of("t", "test", "test"));
    }

    private static DistanceRequest request(DistanceSource source, Metric metric, int dims, int pool, int sample,
            int pairs, List<Integer> sweep) {
        return new DistanceRequest(source, metric, dims, pool, sample, pairs, 7, 4, sweep);
    }

    /** (0,0), (1,0), (0,2), (3,0): nearest neighbours 1, 1, 2, 2 whatever order the sample is drawn in. */
    @Test
    void nearestDistancesOfFourPointsInAPlane() {
        VectorStore store = store(2, 0, 0, 1, 0, 0, 2, 3, 0);
        DistanceReport report = DistanceDistribution.run(store,
                request(DistanceSource.RAW, Metric.EUCLIDEAN, 2, 4, 4, 50, List.of()), Progress.NONE);
        assertEquals(1.5, report.summary().meanNearest(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 3), report.summary().sdNearest(), 1e-12);
        // Shared bins from 0 to the largest distance, sqrt 13 between (0,2) and (3,0) if drawn, else 3.
        DistanceHistogram histogram = report.histogram();
        assertEquals(50, java.util.Arrays.stream(histogram.randomPairs()).sum());
        assertEquals(4, java.util.Arrays.stream(histogram.nearest()).sum());
        assertEquals(List.of("w0", "w1", "w2", "w3"), report.sampleWords().stream().sorted().toList());
    }

    @Test
    void histogramBinsAreSharedAndHoldTheUpperEdge() {
        DistanceHistogram h = DistanceHistogram.of(new double[] {0, 0.5, 1.9, 4}, new double[] {0.99, 1, 3}, 4);
        assertEquals(4, h.upper());
        assertArrayEquals(new int[] {2, 1, 0, 1}, h.randomPairs());
        assertArrayEquals(new int[] {1, 1, 0, 1}, h.nearest());
    }

    /** Unit vectors at 0, 60 and 180 degrees: cosine distances 1 - cos are 0.5, 2 and 1.5. */
    @Test
    void cosineDistancesOfThreeDirections() {
        double s = Math.sqrt(3) / 2;
        VectorStore store = store(2, 2, 0, 0.5f, (float) s, -3, 0);
        DistanceReport report = DistanceDistribution.run(store,
                request(DistanceSource.RAW, Metric.COSINE, 2, 3, 3, 3000, List.of()), Progress.NONE);
        // Nearest: the first two are 0.5 apart, the third is 1.5 from the second.
        assertEquals((0.5 + 0.5 + 1.5) / 3, report.summary().meanNearest(), 1e-6);
        // Each of the three pairs about equally often: mean near (0.5 + 2 + 1.5) / 3.
        assertEquals(4.0 / 3, report.summary().meanRandom(), 0.05);
        assertEquals(2, report.histogram().upper(), 1e-6);
    }

    /** Rotating and centring keeps euclidean distances: all principal components give the raw distances. */
    @Test
    void allPrincipalComponentsKeepEuclideanDistances() {
        Random random = new Random(3);
        float[] values = new float[60 * 5];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian() * (1 + i % 5);
        }
        VectorStore store = store(5, values);
        DistanceRequest pca = request(DistanceSource.PCA, Metric.EUCLIDEAN, 5, 50, 40, 500, List.of(5));
        DistanceRequest raw = request(DistanceSource.RAW, Metric.EUCLIDEAN, 5, 50, 40, 500, List.of(5));
        DistanceSummary a = DistanceDistribution.run(store, pca, Progress.NONE).summary();
        DistanceSummary b = DistanceDistribution.run(store, raw, Progress.NONE).summary();
        assertEquals(b.meanRandom(), a.meanRandom(), 1e-4);
        assertEquals(b.meanNearest(), a.meanNearest(), 1e-4);
    }

    /** The same sample and pairs measured by a plain loop over the stored vectors give the same numbers. */
    @Test
    void agreesWithABruteForceOverTheStoredVectors() {
        Random random = new Random(11);
        int dims = 8;
        float[] values = new float[200 * dims];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        VectorStore store = store(dims, values);
        DistanceRequest request = new DistanceRequest(DistanceSource.RAW, Metric.COSINE, 6, 150, 60, 900, 42, 10,
                List.of());
        DistanceReport report = DistanceDistribution.run(store, request, Progress.NONE);

        Random same = new Random(42);
        int[] rows = SamplePoints.sampleRows(150, 60, same);
        int[][] pairs = DistanceDistribution.pairs(60, 900, same);
        double[] pairDistances = new double[900];
        for (int i = 0; i < 900; i++) {
            pairDistances[i] = cosineDistance(values, dims, 6, rows[pairs[0][i]], rows[pairs[1][i]]);
        }
        double[] nearest = new double[60];
        for (int q = 0; q < 60; q++) {
            nearest[q] = Double.MAX_VALUE;
            for (int o = 0; o < 60; o++) {
                if (o != q) {
                    nearest[q] = Math.min(nearest[q], cosineDistance(values, dims, 6, rows[q], rows[o]));
                }
            }
        }
        double meanPairs = java.util.Arrays.stream(pairDistances).average().orElseThrow();
        double meanNearest = java.util.Arrays.stream(nearest).average().orElseThrow();
        assertEquals(meanPairs, report.summary().meanRandom(), 1e-9);
        assertEquals(meanNearest, report.summary().meanNearest(), 1e-9);
        assertEquals(meanPairs / meanNearest, report.summary().contrast(), 1e-9);
        DistanceHistogram expected = DistanceHistogram.of(pairDistances, nearest, 10);
        assertArrayEquals(expected.randomPairs(), report.histogram().randomPairs());
        assertArrayEquals(expected.nearest(), report.histogram().nearest());
        assertTrue(meanNearest < meanPairs);
    }

    private static double cosineDistance(float[] v, int stride, int dims, int a, int b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < dims; d++) {
            double x = v[a * stride + d];
            double y = v[b * stride + d];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return 1 - dot / Math.sqrt(na * nb);
    }

    /** The textbook case: in a unit cube the nearest point is ever less nearer than a random one as d grows. */
    @Test
    void uniformPointsLoseContrastAsDimensionsGrow() {
        VectorStore store = store(2, 0, 0, 1, 1);
        DistanceRequest request = new DistanceRequest(DistanceSource.RANDOM, Metric.EUCLIDEAN, 2, 500, 500, 5000, 1,
                20, List.of(2, 5, 10, 50, 200, 1000));
        List<DistanceSummary> sweep = DistanceDistribution.run(store, request, Progress.NONE).sweep();
        for (int i = 1; i < sweep.size(); i++) {
            assertTrue(sweep.get(i).contrast() < sweep.get(i - 1).contrast(), sweep.toString());
        }
        // Two random points of the unit square are on average 0.5214 apart (a known constant).
        assertEquals(0.5214, sweep.get(0).meanRandom(), 0.01);
        assertTrue(sweep.get(0).contrast() > 10, sweep.toString());
        assertTrue(sweep.get(sweep.size() - 1).contrast() < 1.2, sweep.toString());
    }

    @Test
    void sameSeedSameAnswer() {
        VectorStore store = store(2, 0, 0, 1, 1);
        DistanceRequest request = new DistanceRequest(DistanceSource.RANDOM, Metric.COSINE, 30, 300, 300, 2000, 5,
                20, List.of(3, 30));
        DistanceReport a = DistanceDistribution.run(store, request, Progress.NONE);
        DistanceReport b = DistanceDistribution.run(store, request, Progress.NONE);
        assertEquals(a.summary(), b.summary());
        assertEquals(a.sweep(), b.sweep());
        assertArrayEquals(a.histogram().randomPairs(), b.histogram().randomPairs());
    }

    @Test
    void badRequestsAreRefusedInASentence() {
        VectorStore store = store(2, 0, 0, 1, 0, 0, 2, 3, 0);
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class, () -> DistanceDistribution.run(
                store, request(DistanceSource.RAW, Metric.EUCLIDEAN, 3, 4, 4, 10, List.of()), Progress.NONE));
        assertEquals("these vectors have 2 dimensions, so 3 is too many: choose 1 to 2", tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DistanceDistribution.run(
                store, request(DistanceSource.RAW, Metric.EUCLIDEAN, 2, 5, 4, 10, List.of()), Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> request(DistanceSource.RAW, Metric.EUCLIDEAN, 2, 4, 2, 10, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> request(DistanceSource.RAW, Metric.DOT, 2, 4, 4, 10, List.of()));
    }

    @Test
    void defaultSweepEndsAtTheFullDimension() {
        assertEquals(List.of(2, 5, 10, 20, 50, 100), DistanceRequest.defaultSweep(100));
        assertEquals(List.of(2, 5, 10, 20, 50, 100, 200, 300), DistanceRequest.defaultSweep(300));
        assertEquals(List.of(2), DistanceRequest.defaultSweep(2));
    }
}
