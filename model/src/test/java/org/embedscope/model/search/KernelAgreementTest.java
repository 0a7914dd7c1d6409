package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.kernel.Kernels;
import org.embedscope.model.search.kernel.QuestionSink;
import org.embedscope.model.search.kernel.Simd;
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
            double[] unit = ExactMath.unit(query);
            float[] dots = new float[index.groups() * Kernels.GROUP];
            for (Kernels kernels : ExactnessTest.kernelsToTest()) {
                kernels.int8Dots(index.codes(), DIM, 0, index.groups(), FirstPasses.toFloat(unit), 1, dots);
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
        float[] plain = new float[groups * 3 * Kernels.GROUP];
        float[] vector = new float[groups * 3 * Kernels.GROUP];
        Simd.plain().int8Dots(index.codes(), DIM, 0, groups, queries, 3, plain);
        Simd.vector().int8Dots(index.codes(), DIM, 0, groups, queries, 3, vector);
        for (int i = 0; i < plain.length; i++) {
            assertEquals(plain[i], vector[i], 1e-3 * (1 + Math.abs(plain[i])), "at " + i);
        }
    }

    @Test
    void vectorAndPlainGemmOfferTheSameRows() {
        Assumptions.assumeTrue(Simd.vector() != null, "no Vector API in this runtime");
        VectorStore store = store();
        Random random = new Random(8);
        int questions = 7;
        float[] queries = new float[12 * DIM * 3];
        for (int i = 0; i < questions * 3 * DIM; i++) {
            queries[i] = (float) (random.nextGaussian() / Math.sqrt(DIM));
        }
        int groups = 64 / Kernels.GROUP * 4;
        float[] packed = new float[groups * Kernels.GROUP * DIM];
        Simd.plain().pack(store.rawVectors(), DIM, 0, groups, ROWS, packed);
        float[] scale = java.util.Arrays.copyOf(store.inverseNorms(), ROWS + 64);
        for (boolean mul : new boolean[] {false, true}) {
            Recorder plain = new Recorder(questions, mul ? 0.7f : 0.25f);
            Recorder vector = new Recorder(questions, mul ? 0.7f : 0.25f);
            for (Kernels k : new Kernels[] {Simd.plain(), Simd.vector()}) {
                Recorder r = k == Simd.plain() ? plain : vector;
                if (mul) {
                    k.gemmMul(queries, questions, 0, DIM, packed, groups, 0, scale, 1e-5f, r);
                } else {
                    k.gemmAdd(queries, questions, 0, DIM, packed, groups, 0, scale, 1e-5f, r);
                }
            }
            assertTrue(plain.offers.size() > 10, "too few offers to compare: " + plain.offers.size());
            assertEquals(plain.offers, vector.offers, mul ? "3CosMul" : "3CosAdd");
        }
    }

    /** Records offers above a fixed threshold; values near it may differ, so they are left out. */
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
            if (upper >= level + 1e-3f) {
                offers.add(question + ":" + row);
            }
        }
    }
}
