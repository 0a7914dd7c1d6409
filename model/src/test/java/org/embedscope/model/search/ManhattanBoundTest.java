package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.SearchKernels;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The int8 manhattan first pass: its bounds hold the exact distance, on both kernels, which agree. */
class ManhattanBoundTest {
    private static final int ROWS = 1500;
    private static final int DIM = 43;

    private static VectorStore store() {
        Random random = new Random(12);
        String[] words = new String[ROWS];
        float[] v = new float[ROWS * DIM];
        for (int i = 0; i < ROWS; i++) {
            words[i] = "w" + i;
            double scale = Math.pow(10, random.nextInt(5) - 2); // rows from 0.01 to 100 in size
            for (int d = 0; d < DIM; d++) {
                v[i * DIM + d] = (float) (scale * random.nextGaussian());
            }
        }
        Arrays.fill(v, 5 * DIM, 6 * DIM, 0f);
        return VectorStore.of(words, v, DIM, DatasetInfo.of("t", "t", "glove"));
    }

    /** The L1 distance in double, written out here. */
    private static double distance(VectorStore store, int row, double[] query) {
        double sum = 0;
        for (int d = 0; d < DIM; d++) {
            sum += Math.abs(store.rawVectors()[row * DIM + d] - query[d]);
        }
        return sum;
    }

    /** Per row: lower, upper, times offered, with a sink that never raises its threshold. */
    private static float[][] offers(Kernels kernels, Int8Index index, double[] query) {
        OfferRecorder recorder = new OfferRecorder(index.groups() * SearchKernels.GROUP);
        FirstPasses.manhattan(kernels.search(), index, query).scan(0, index.groups(), recorder);
        return recorder.seen;
    }

    private static double[][] queries(VectorStore store) {
        Random random = new Random(13);
        double[] gaussian = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            gaussian[d] = 3 * random.nextGaussian();
        }
        double[] row = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            row[d] = store.rawVectors()[7 * DIM + d];
        }
        return new double[][] {gaussian, row, new double[DIM]};
    }

    @Test
    void boundsHoldTheExactDistanceOfEveryRow() {
        VectorStore store = store();
        Int8Index index = Int8Index.of(store);
        for (Kernels kernels : ExactnessTest.kernelsToTest()) {
            for (double[] query : queries(store)) {
                float[][] seen = offers(kernels, index, query);
                for (int row = 0; row < ROWS; row++) {
                    double score = -distance(store, row, query);
                    assertEquals(1, (int) seen[row][2], "offers of row " + row);
                    assertTrue(seen[row][0] <= score && score <= seen[row][1],
                            kernels.name() + " row " + row + ": " + score + " not in " + seen[row][0] + ".." + seen[row][1]);
                }
            }
        }
    }

    @Test
    void vectorAndPlainBoundsAgree() {
        Assumptions.assumeTrue(Simd.vector() != null, "no Vector API in this runtime");
        VectorStore store = store();
        Int8Index index = Int8Index.of(store);
        for (double[] query : queries(store)) {
            float[][] plain = offers(Simd.plain(), index, query);
            float[][] vector = offers(Simd.vector(), index, query);
            for (int row = 0; row < plain.length; row++) {
                assertEquals(plain[row][2], vector[row][2], "offers of row " + row);
                assertEquals(plain[row][0], vector[row][0], 1e-5f * (1 + Math.abs(plain[row][0])), "lower of row " + row);
                assertEquals(plain[row][1], vector[row][1], 1e-5f * (1 + Math.abs(plain[row][1])), "upper of row " + row);
            }
        }
    }
}
