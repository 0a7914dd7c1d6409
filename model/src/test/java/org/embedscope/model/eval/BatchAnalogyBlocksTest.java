package org.embedscope.model.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Test;

/**
 * A test set with thousands of distinct words makes the solver scan the vocabulary in short blocks
 * (so that a cancel is noticed quickly); its answers must still be the exact 3CosAdd answers, found
 * here by a plain scan of every row in double.
 */
class BatchAnalogyBlocksTest {
    private static final int WORDS = 4000;
    private static final int DIM = 200;
    private static final int QUESTIONS = 1500;

    @Test
    void manyDistinctWordsScanInShortBlocksAndStillFindTheExactAnswers() {
        Random random = new Random(7);
        String[] words = new String[WORDS];
        float[] vectors = new float[WORDS * DIM];
        for (int w = 0; w < WORDS; w++) {
            words[w] = "w" + w;
            for (int d = 0; d < DIM; d++) {
                vectors[w * DIM + d] = (float) random.nextGaussian();
            }
        }
        VectorStore store = VectorStore.of(words, vectors, DIM, DatasetInfo.of("random", "test", "none"));
        int[] a = new int[QUESTIONS];
        int[] b = new int[QUESTIONS];
        int[] c = new int[QUESTIONS];
        boolean[] used = new boolean[WORDS];
        int distinct = 0;
        for (int q = 0; q < QUESTIONS; q++) {
            a[q] = random.nextInt(WORDS);
            b[q] = random.nextInt(WORDS);
            c[q] = random.nextInt(WORDS);
            for (int row : new int[] {a[q], b[q], c[q]}) {
                distinct += used[row] ? 0 : 1;
                used[row] = true;
            }
        }
        for (Kernels kernels : List.of(Simd.kernels(), Simd.plain())) {
            int tileRows = kernels.search().tileGroups() * 16;
            int rows = BatchAnalogySolver.rowsPerBlock(distinct, DIM, tileRows);
            assertTrue(rows < 512, "the blocks should be shortened: " + rows);
            assertEquals(0, rows % tileRows, "blocks are whole GEMM tiles");
            int[][] answers = new BatchAnalogySolver(store, WORDS, kernels).solve(a, b, c, AnalogyMethod.ADD, 1, Progress.NONE);
            assertArrayEquals(expected(vectors, a, b, c), firstOf(answers));
        }
    }

    private static int[] firstOf(int[][] answers) {
        int[] first = new int[answers.length];
        for (int q = 0; q < answers.length; q++) {
            first[q] = answers[q][0];
        }
        return first;
    }

    private static int[] expected(float[] vectors, int[] a, int[] b, int[] c) {
        double[][] units = new double[WORDS][];
        for (int row = 0; row < WORDS; row++) {
            units[row] = unit(vectors, row);
        }
        int[] expected = new int[QUESTIONS];
        for (int q = 0; q < QUESTIONS; q++) {
            expected[q] = bestByPlainScan(units, a[q], b[q], c[q]);
        }
        return expected;
    }

    /** The row (not a, b or c) of greatest cosine with unit(b) - unit(a) + unit(c). */
    private static int bestByPlainScan(double[][] units, int a, int b, int c) {
        double[] query = new double[DIM];
        double[] ua = units[a];
        double[] ub = units[b];
        double[] uc = units[c];
        for (int d = 0; d < DIM; d++) {
            query[d] = ub[d] - ua[d] + uc[d];
        }
        int best = -1;
        double bestCosine = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < WORDS; row++) {
            if (row == a || row == b || row == c) {
                continue;
            }
            double[] u = units[row];
            double dot = 0;
            for (int d = 0; d < DIM; d++) {
                dot += u[d] * query[d];
            }
            if (dot > bestCosine) {
                bestCosine = dot;
                best = row;
            }
        }
        return best;
    }

    private static double[] unit(float[] vectors, int row) {
        double norm = 0;
        for (int d = 0; d < DIM; d++) {
            norm += (double) vectors[row * DIM + d] * vectors[row * DIM + d];
        }
        double[] u = new double[DIM];
        for (int d = 0; d < DIM; d++) {
            u[d] = vectors[row * DIM + d] / Math.sqrt(norm);
        }
        return u;
    }
}
