package org.embedscope.model.eval;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.CosMulScore;
import org.embedscope.model.search.ExactMath;
import org.embedscope.model.search.kernel.Kernels;

/**
 * Answers many analogy questions at once as blocked matrix work: each thread takes a contiguous
 * share of the questions, and for each block of them walks the restricted vocabulary in packed
 * blocks, multiplying question block by vocabulary block ({@link Kernels#gemmAdd},
 * {@link Kernels#gemmMul}) and keeping per question only rows whose bounded score can still be in
 * its best few. Those few are then re-scored exactly in double, so every question gets its exact
 * top answers, as one scan per question would, at a fraction of the memory traffic.
 */
final class BatchAnalogySolver {
    /** Query rows per block: 2048 rows of 100 floats stay in a 2 MB L2 beside a vocabulary block. */
    private static final int QUERY_ROWS_PER_BLOCK = 2046;
    /** Vocabulary rows per packed block (a multiple of every tile width). */
    private static final int ROWS_PER_BLOCK = 512;

    private final VectorStore store;
    private final int restrict;
    private final Kernels kernels;
    private final float bound;

    BatchAnalogySolver(VectorStore store, int restrict, Kernels kernels) {
        this.store = store;
        this.restrict = Math.min(restrict, store.size());
        this.kernels = kernels;
        // a float dot product of dim terms, the query rounded to float and two roundings of the
        // scaling by the inverse norm stay within (dim + 4) units of roundoff of the exact cosine
        this.bound = (float) ((store.dimension() + 10) * 0x1p-24);
    }

    /**
     * For each question {@code (a[i], b[i], c[i])} (rows), the best {@code keep} rows below the
     * restriction other than its inputs, best first by exact score, ties to the lower row.
     */
    int[][] solve(int[] a, int[] b, int[] c, AnalogyMethod method, int keep, Progress progress) {
        int questions = a.length;
        int perQuestion = method == AnalogyMethod.MUL ? 3 : 1;
        if (method == AnalogyMethod.PAIR_DIRECTION) {
            throw new IllegalArgumentException("batch evaluation supports 3CosAdd and 3CosMul");
        }
        int[] inputs = new int[3 * questions];
        for (int i = 0; i < questions; i++) {
            inputs[3 * i] = a[i];
            inputs[3 * i + 1] = b[i];
            inputs[3 * i + 2] = c[i];
        }
        double[][] addQueries = method == AnalogyMethod.ADD ? addQueries(a, b, c) : null;
        float[] queries = method == AnalogyMethod.ADD ? flatten(addQueries) : mulQueries(a, b, c);
        QuestionCandidates candidates = new QuestionCandidates(questions, keep, restrict, inputs);
        if (keep > 0 && questions > 0) {
            scanAll(queries, questions, perQuestion, method, candidates, progress);
        }
        int[][] answers = new int[questions][];
        IntStream.range(0, questions).parallel().forEach(q -> {
            double[] ua = store.unitVector(a[q]);
            double[] ub = store.unitVector(b[q]);
            double[] uc = store.unitVector(c[q]);
            answers[q] = best(candidates.survivors(q), keep, row -> method == AnalogyMethod.ADD
                    ? ExactMath.cosine(store, row, addQueries[q])
                    : CosMulScore.exact(store, row, ua, ub, uc));
        });
        return answers;
    }

    private void scanAll(float[] queries, int questions, int perQuestion, AnalogyMethod method,
            QuestionCandidates candidates, Progress progress) {
        int dim = store.dimension();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), questions / 64 + 1));
        int questionsPerBlock = QUERY_ROWS_PER_BLOCK / perQuestion;
        int rowBlocks = (restrict + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        float[] rowScale = Arrays.copyOf(store.inverseNorms(), rowBlocks * ROWS_PER_BLOCK + Kernels.GROUP);
        Arrays.fill(rowScale, restrict, rowScale.length, 0f);
        long totalBlocks = (long) rowBlocks * ((questions + questionsPerBlock - 1) / questionsPerBlock + threads);
        AtomicLong done = new AtomicLong();
        IntStream.range(0, threads).parallel().forEach(t -> {
            int from = (int) ((long) questions * t / threads);
            int to = (int) ((long) questions * (t + 1) / threads);
            float[] packed = new float[ROWS_PER_BLOCK * dim];
            for (int q0 = from; q0 < to; q0 += questionsPerBlock) {
                int count = Math.min(questionsPerBlock, to - q0);
                float[] block = slice(queries, q0 * perQuestion * dim, count * perQuestion, dim);
                for (int r0 = 0; r0 < restrict; r0 += ROWS_PER_BLOCK) {
                    progress.checkCancelled();
                    int groups = ROWS_PER_BLOCK / Kernels.GROUP;
                    kernels.pack(store.rawVectors(), dim, r0, groups, restrict, packed);
                    if (method == AnalogyMethod.ADD) {
                        kernels.gemmAdd(block, count, q0, dim, packed, groups, r0, rowScale, bound, candidates);
                    } else {
                        kernels.gemmMul(block, count, q0, dim, packed, groups, r0, rowScale, bound, candidates);
                    }
                    long n = done.incrementAndGet();
                    if ((n & 63) == 0) {
                        progress.update(Math.min(1, (double) n / totalBlocks), "Solving analogy questions");
                    }
                }
            }
        });
    }

    /** Rows of a query array, padded with zero rows to whole GEMM tiles. */
    private static float[] slice(float[] queries, int from, int rows, int dim) {
        int padded = (rows + Kernels.TILE_QUERIES - 1) / Kernels.TILE_QUERIES * Kernels.TILE_QUERIES;
        float[] block = new float[padded * dim];
        System.arraycopy(queries, from, block, 0, rows * dim);
        return block;
    }

    /** 3CosAdd's query: the unit vector of b - a + c, computed from unit vectors, as gensim does. */
    private double[][] addQueries(int[] a, int[] b, int[] c) {
        double[][] result = new double[a.length][];
        IntStream.range(0, a.length).parallel().forEach(q -> {
            double[] ua = store.unitVector(a[q]);
            double[] ub = store.unitVector(b[q]);
            double[] uc = store.unitVector(c[q]);
            double[] sum = new double[ua.length];
            for (int d = 0; d < sum.length; d++) {
                sum[d] = ub[d] + uc[d] - ua[d];
            }
            result[q] = ExactMath.unit(sum);
        });
        return result;
    }

    private static float[] flatten(double[][] rows) {
        int dim = rows.length == 0 ? 0 : rows[0].length;
        float[] result = new float[rows.length * dim];
        for (int q = 0; q < rows.length; q++) {
            for (int d = 0; d < dim; d++) {
                result[q * dim + d] = (float) rows[q][d];
            }
        }
        return result;
    }

    /** 3CosMul's queries: the unit vectors of a, b and c, three rows per question. */
    private float[] mulQueries(int[] a, int[] b, int[] c) {
        int dim = store.dimension();
        float[] result = new float[3 * a.length * dim];
        for (int q = 0; q < a.length; q++) {
            int[] rows = {a[q], b[q], c[q]};
            for (int j = 0; j < 3; j++) {
                double[] unit = store.unitVector(rows[j]);
                for (int d = 0; d < dim; d++) {
                    result[(3 * q + j) * dim + d] = (float) unit[d];
                }
            }
        }
        return result;
    }

    private interface Score {
        double of(int row);
    }

    private static int[] best(int[] rows, int keep, Score score) {
        double[] scores = new double[rows.length];
        Integer[] order = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = score.of(rows[i]);
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int cmp = Double.compare(scores[y], scores[x]);
            return cmp != 0 ? cmp : Integer.compare(rows[x], rows[y]);
        });
        int n = Math.min(keep, rows.length);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = rows[order[i]];
        }
        return result;
    }
}
