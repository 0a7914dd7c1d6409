package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.QuestionSink;
import org.embedscope.model.simd.SearchKernels;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The Vector API kernels against the plain ones, and both against the bounds they promise. */
class KernelAgreementTest {
    private static final int ROWS = 1000;
    private static final int DIM = 50;

    private static VectorStore store() {
        Random random = new Random(3);
        String[] words = new String[ROWS];
        float[] v = new float[ROWS * DIM];
        for (int i = 0; i < ROWS; i++) {
            words[i] = "w" + i;
            for (int d = 0; d < DIM; d++) {
                v[i * DIM + d] = (float) (random.nextGaussian() * (1 + i % 7));
            }
        }
        return VectorStore.of(words, v, DIM, DatasetInfo.of("t", "t", "glove"));
    }

    @Test
    void int8ApproximationStaysWithinItsBound() {
        VectorStore store = store();
        Int8Index index = Int8Index.of(store);
        Random random = new Random(4);
        for (int trial = 0; trial < 5; trial++) {
            double[] query = new double[DIM];
            for (int d = 0; d < DIM; d++) {
                query[d] = random.nextGaussian();
            }
            double[] unit = RowNorms.unit(query);
            float[] dots = new float[index.groups() * SearchKernels.GROUP];
            for (Kernels kernels : ExactnessTest.kernelsToTest()) {
                kernels.search().int8Dots(index.codes(), DIM, 0, index.groups(), FirstPasses.toFloat(unit), 1, dots);
                for (int row = 0; row < ROWS; row++) {
                    double approx = dots[row] * index.cosineFactor()[row];
                    double exact = ExactMath.cosine(store, row, unit);
                    assertTrue(Math.abs(approx - exact) <= index.cosineError()[row],
                            kernels.name() + " row " + row + ": " + approx + " vs " + exact);
                }
            }
        }
    }

    @Test
    void vectorAndPlainInt8DotsAgree() {
        Assumptions.assumeTrue(Simd.vector() != null, "no Vector API in this runtime");
        Int8Index index = Int8Index.of(store());
        Random random = new Random(6);
        float[] queries = new float[3 * DIM];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) random.nextGaussian();
        }
        int groups = index.groups();
        float[] plain = new float[groups * 3 * SearchKernels.GROUP];
        float[] vector = new float[groups * 3 * SearchKernels.GROUP];
        Simd.plain().search().int8Dots(index.codes(), DIM, 0, groups, queries, 3, plain);
        Simd.vector().search().int8Dots(index.codes(), DIM, 0, groups, queries, 3, vector);
        for (int i = 0; i < plain.length; i++) {
            assertEquals(plain[i], vector[i], 1e-3 * (1 + Math.abs(plain[i])), "at " + i);
        }
    }

    @Test
    void vectorAndPlainGemmAndCombineAgree() {
        Assumptions.assumeTrue(Simd.vector() != null, "no Vector API in this runtime");
        VectorStore store = store();
        Random random = new Random(8);
        int words = 12;
        float[] queries = new float[words * DIM];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (float) (random.nextGaussian() / Math.sqrt(DIM));
        }
        int rows = 256;
        int groups = rows / SearchKernels.GROUP;
        float[] packed = new float[rows * DIM];
        Simd.plain().search().pack(store.rawVectors(), DIM, 0, groups, ROWS, store.inverseNorms(), packed);
        float[] plainScores = new float[words * rows];
        float[] vectorScores = new float[words * rows];
        Simd.plain().search().gemm(queries, words, DIM, packed, groups, plainScores);
        Simd.vector().search().gemm(queries, words, DIM, packed, groups, vectorScores);
        for (int i = 0; i < plainScores.length; i++) {
            // both are float sums of 50 products of unit-length rows and queries: a few 1e-7 apart
            assertEquals(plainScores[i], vectorScores[i], 1e-5, "score " + i);
        }
        int[] slots = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 0, 5};
        int questions = slots.length / 3;
        float[] scale = {0.6f, 0.5f, 0.7f, 0.55f, 0.6f};
        float[] bound = new float[questions];
        java.util.Arrays.fill(bound, 1e-5f);
        for (boolean mul : new boolean[] {false, true}) {
            Recorder plain = new Recorder(questions, mul ? 0.7f : 0.25f);
            Recorder vector = new Recorder(questions, mul ? 0.7f : 0.25f);
            for (SearchKernels k : new SearchKernels[] {Simd.plain().search(), Simd.vector().search()}) {
                Recorder r = k == Simd.plain().search() ? plain : vector;
                if (mul) {
                    k.combineMul(plainScores, rows, 1000, slots, questions, 1e-5f, r);
                } else {
                    k.combineAdd(plainScores, rows, 1000, slots, questions, scale, bound, r);
                }
            }
            assertTrue(plain.offers.size() > 10, "too few offers to compare: " + plain.offers.size());
            assertEquals(plain.offers, vector.offers, mul ? "3CosMul" : "3CosAdd");
        }
    }

    /**
     * The vector scan walks a range as two halves at once: every row of any aligned range, with an
     * odd or even number of steps, must be offered exactly once, with the plain kernel's bounds.
     */
    @Test
    void int8CosineScanOffersEveryRowOfAnyRangeOnce() {
        Assumptions.assumeTrue(Simd.vector() != null, "no Vector API in this runtime");
        Int8Index index = Int8Index.of(store());
        double[] query = new double[DIM];
        Random random = new Random(8);
        for (int d = 0; d < DIM; d++) {
            query[d] = random.nextGaussian();
        }
        float[] unit = FirstPasses.toFloat(RowNorms.unit(query));
        int align = SearchKernels.GROUP_ALIGNMENT;
        int[][] ranges = {{0, index.groups()}, {0, align}, {align, 4 * align}, {2 * align, 7 * align},
            {align, index.groups()}, {3 * align, 3 * align}};
        for (int[] range : ranges) {
            float[][] plain = offers(Simd.plain(), index, unit, range);
            float[][] vector = offers(Simd.vector(), index, unit, range);
            for (int row = 0; row < plain.length; row++) {
                boolean inRange = row >= range[0] * SearchKernels.GROUP && row < range[1] * SearchKernels.GROUP;
                assertEquals(inRange ? 1 : 0, (int) vector[row][2], "offers of row " + row + " in " + range[0] + ".." + range[1]);
                assertEquals(plain[row][2], vector[row][2]);
                assertEquals(plain[row][0], vector[row][0], 1e-4f, "lower bound of row " + row);
                assertEquals(plain[row][1], vector[row][1], 1e-4f, "upper bound of row " + row);
            }
        }
    }

    /** Per row: lower, upper, times offered, with a sink that never raises its threshold. */
    private static float[][] offers(Kernels kernels, Int8Index index, float[] query, int[] range) {
        OfferRecorder recorder = new OfferRecorder(index.groups() * SearchKernels.GROUP);
        kernels.search().int8CosineScan(index.codes(), DIM, range[0], range[1], query, index.cosineFactor(),
                index.cosineError(), recorder);
        return recorder.seen;
    }

    /** Records every offer above a fixed threshold: the same scores must give the same offers, bit for bit. */
    private static final class Recorder implements QuestionSink {
        final float[] thresholds;
        final java.util.Set<String> offers = new java.util.TreeSet<>();
        final float level;

        Recorder(int questions, float level) {
            this.level = level;
            thresholds = new float[questions];
            java.util.Arrays.fill(thresholds, level);
        }

        @Override
        public float[] thresholds() {
            return thresholds;
        }

        @Override
        public void offer(int question, int row, float lower, float upper) {
            offers.add(question + ":" + row + ":" + lower + ":" + upper);
        }
    }
}
