package org.embedscope.model.eval;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.CosMulScore;
import org.embedscope.model.numeric.CosMul;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.search.ExactMath;
import org.embedscope.model.search.Ranked;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.SearchKernels;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * Answers many analogy questions at once as blocked matrix work. A test set uses few distinct words
 * (the Google set: about 900 for 19,544 questions), and both 3CosAdd and 3CosMul only need each
 * row's cosines with the unit vectors of a, b and c: 3CosAdd's cosine with unit(b - a + c) is
 * {@code (cos_b - cos_a + cos_c) / |b - a + c|}. So each thread walks its share of the restricted
 * vocabulary in packed blocks, multiplies the distinct words by the block ({@link SearchKernels#gemm}),
 * combines those word scores per question ({@link SearchKernels#combineAdd}, {@link SearchKernels#combineMul})
 * and keeps only rows whose bounded score can still be among the question's best few. Those few are
 * re-scored exactly in double at the end, so every question gets its exact top answers.
 */
final class BatchAnalogySolver {
    /** Vocabulary rows per packed block: the word scores of a block (about 900 by 512) stay in a 2 MB L2. */
    private static final int ROWS_PER_BLOCK = 512;
    /**
     * Most multiply-adds in one block. Cancellation is checked between blocks, so a block must stay
     * short (tens of ms) however many distinct words a test set has; the Google set on 300
     * dimensions still gets nearly full blocks.
     */
    private static final long MAX_BLOCK_WORK = 1L << 27;
    /**
     * Questions combined between two cancellation checks: combining one block's scores for 40,000
     * questions took 100 ms of CPU and, on a loaded two-core machine, over 600 ms of wall time.
     */
    private static final int QUESTIONS_PER_CHECK = 2048;
    /** Below this much GEMM work, unoptimised kernels finish before the JIT would have compiled them. */
    private static final double WARM_UP_FLOPS = 1e9;
    private static final double UNIT_ROUNDOFF = 0x1p-24;

    private final VectorStore store;
    private final int restrict;
    private final SearchKernels kernels;
    /** Whether these are the kernels in use, which the warm-up compiles. */
    private final boolean warmsUp;
    /** Bound on a word score's error: see the constructor. */
    private final float cosineBound;

    BatchAnalogySolver(VectorStore store, int restrict, Kernels kernels) {
        this.store = store;
        this.restrict = Math.min(restrict, store.size());
        this.kernels = kernels.search();
        this.warmsUp = kernels == Simd.kernels();
        // packed rows are unit rows rounded to float (x times its float inverse norm: two roundings),
        // word vectors are unit vectors rounded to float, and the float dot product of dim terms adds
        // at most dim units of roundoff: a word score is within (dim + 4) units of the exact cosine
        this.cosineBound = (float) ((store.dimension() + 10) * UNIT_ROUNDOFF);
    }

    /**
     * For each question {@code (a[i], b[i], c[i])} (rows), the best {@code keep} rows below the
     * restriction other than its inputs, best first by exact score, ties to the lower row.
     */
    int[][] solve(int[] a, int[] b, int[] c, AnalogyMethod method, int keep, Progress progress) {
        if (method == AnalogyMethod.PAIR_DIRECTION) {
            throw new IllegalArgumentException("batch evaluation supports 3CosAdd and 3CosMul");
        }
        int questions = a.length;
        int[] slots = new int[3 * questions];
        int[] inputs = new int[3 * questions];
        for (int i = 0; i < questions; i++) {
            inputs[3 * i] = a[i];
            inputs[3 * i + 1] = b[i];
            inputs[3 * i + 2] = c[i];
        }
        // slot of each distinct input row, in order of first use
        int[] slotOfRow = new int[store.size()];
        Arrays.fill(slotOfRow, -1);
        int[] rowOfSlot = new int[inputs.length];
        int words = 0;
        for (int j = 0; j < inputs.length; j++) {
            int row = inputs[j];
            if (slotOfRow[row] < 0) {
                slotOfRow[row] = words;
                rowOfSlot[words++] = row;
            }
            slots[j] = slotOfRow[row];
        }
        boolean warmUp = warmsUp && 2.0 * words * restrict * store.dimension() > WARM_UP_FLOPS;
        if (warmUp) {
            warmUpInBackground(method);
        }
        double[][] units = new double[words][];
        for (int slot = 0; slot < words; slot++) {
            units[slot] = store.unitVector(rowOfSlot[slot]);
        }
        float[] wordVectors = wordVectors(units);
        float[] scale = new float[questions];
        float[] bounds = new float[questions];
        double[][] addQueries = method == AnalogyMethod.ADD ? addQueries(units, slots, scale, bounds) : null;
        if (warmUp) {
            Simd.ready(workload(method), BatchAnalogySolver::warmUpSink);
        }
        List<QuestionCandidates> perThread = List.of();
        if (keep > 0 && questions > 0 && restrict > 0) {
            perThread = scanAll(wordVectors, words, slots, inputs, questions, method, scale, bounds, keep, progress);
        }
        List<QuestionCandidates> candidates = perThread;
        int[][] answers = new int[questions][];
        ParallelFor.range(questions, progress, q -> {
            int[] rows = QuestionCandidates.survivors(candidates, q, keep);
            if (method == AnalogyMethod.ADD) {
                answers[q] = Ranked.best(rows, keep, row -> ExactMath.cosine(store, row, addQueries[q])).rows();
            } else {
                double[] ua = units[slots[3 * q]];
                double[] ub = units[slots[3 * q + 1]];
                double[] uc = units[slots[3 * q + 2]];
                answers[q] = Ranked.best(rows, keep, row -> CosMulScore.exact(store, row, ua, ub, uc)).rows();
            }
        });
        return answers;
    }

    /** Starts compiling the kernels for this method (see {@link Simd#warmUpInBackground}). */
    static void warmUpInBackground(AnalogyMethod method) {
        Simd.warmUpInBackground(workload(method), BatchAnalogySolver::warmUpSink);
    }

    private static Workload workload(AnalogyMethod method) {
        return method == AnalogyMethod.MUL ? Workload.ANALOGY_MUL : Workload.ANALOGY_ADD;
    }

    /**
     * The sink class the real work uses, for the warm-up's two questions and 4 x 64 rows: some rows
     * are inputs and some past the restriction, as in real work.
     */
    private static QuestionCandidates warmUpSink() {
        return new QuestionCandidates(2, 5, 250, new int[] {0, 1, 2, 3, 4, 5});
    }

    /**
     * Each thread takes every {@code threads}-th block of the vocabulary, and its own candidates; the
     * shares are merged per question afterwards. Dealt out this way, every thread starts on the most
     * frequent words, which score highest, so its thresholds rise at once and later blocks offer
     * few rows (a contiguous share left the second thread on rare words, offering far more).
     */
    private List<QuestionCandidates> scanAll(float[] wordVectors, int words, int[] slots, int[] inputs, int questions,
            AnalogyMethod method, float[] scale, float[] bounds, int keep, Progress progress) {
        int dim = store.dimension();
        int paddedWords = (words + SearchKernels.TILE_QUERIES - 1) / SearchKernels.TILE_QUERIES * SearchKernels.TILE_QUERIES;
        int rowsPerBlock = rowsPerBlock(paddedWords, dim, kernels.tileGroups() * SearchKernels.GROUP);
        int blocks = (restrict + rowsPerBlock - 1) / rowsPerBlock;
        int threads = Math.max(1, Math.min(ParallelFor.threads(), blocks));
        float[] inverseNorms = store.inverseNorms();
        AtomicLong done = new AtomicLong();
        return ParallelFor.map(threads, t -> {
            QuestionCandidates candidates = new QuestionCandidates(questions, keep, restrict, inputs);
            float[] packed = new float[rowsPerBlock * dim];
            float[] scores = new float[paddedWords * rowsPerBlock];
            int groups = rowsPerBlock / SearchKernels.GROUP;
            for (int block = t; block < blocks; block += threads) {
                progress.checkCancelled();
                int first = block * rowsPerBlock;
                kernels.pack(store.rawVectors(), dim, first, groups, restrict, inverseNorms, packed);
                kernels.gemm(wordVectors, paddedWords, dim, packed, groups, scores);
                for (int from = 0; from < questions; from += QUESTIONS_PER_CHECK) {
                    progress.checkCancelled();
                    combine(method, scores, rowsPerBlock, first, slots, from, Math.min(questions, from + QUESTIONS_PER_CHECK),
                            scale, bounds, candidates);
                }
                long n = done.incrementAndGet();
                if ((n & 15) == 0) {
                    progress.update(Math.min(1, (double) n / blocks), "Solving analogy questions");
                }
            }
            return candidates;
        });
    }

    /** Combines one block's word scores for questions {@code from} to {@code to} (exclusive). */
    private void combine(AnalogyMethod method, float[] scores, int rows, int first, int[] slots, int from, int to,
            float[] scale, float[] bounds, QuestionCandidates candidates) {
        if (method == AnalogyMethod.ADD) {
            for (int i = from; i < to; i++) {
                kernels.combineAdd(scores, rows, first, slots[3 * i] * rows, slots[3 * i + 1] * rows,
                        slots[3 * i + 2] * rows, scale[i], bounds[i], i, candidates);
            }
        } else {
            float radius = CosMul.pRadius(cosineBound);
            for (int i = from; i < to; i++) {
                kernels.combineMul(scores, rows, first, slots[3 * i] * rows, slots[3 * i + 1] * rows,
                        slots[3 * i + 2] * rows, radius, i, candidates);
            }
        }
    }

    /**
     * As many rows as {@link #MAX_BLOCK_WORK} allows, in whole GEMM tiles of {@code tileRows} (a divisor
     * of 512), at least one tile and at most 512 rows.
     */
    static int rowsPerBlock(int paddedWords, int dim, int tileRows) {
        long rows = MAX_BLOCK_WORK / Math.max(1L, (long) paddedWords * dim);
        long whole = rows / tileRows * tileRows;
        return (int) Math.max(tileRows, Math.min(ROWS_PER_BLOCK, whole));
    }

    /** The distinct words' unit vectors in float, row-major by slot, padded to whole GEMM tiles. */
    private float[] wordVectors(double[][] units) {
        int dim = store.dimension();
        int padded = (units.length + SearchKernels.TILE_QUERIES - 1) / SearchKernels.TILE_QUERIES * SearchKernels.TILE_QUERIES;
        float[] result = new float[padded * dim];
        for (int slot = 0; slot < units.length; slot++) {
            for (int d = 0; d < dim; d++) {
                result[slot * dim + d] = (float) units[slot][d];
            }
        }
        return result;
    }

    /**
     * 3CosAdd's queries, the unit vectors of b - a + c from unit vectors (as gensim computes them),
     * and per question {@code 1 / |b - a + c|} and the error bound of the combined score: the three
     * word scores add up to 3 bounds, the two float additions and the scaling to a few more units of
     * roundoff (the sum is at most 3 in size, the cosine at most 1).
     */
    private double[][] addQueries(double[][] units, int[] slots, float[] scale, float[] bounds) {
        int questions = scale.length;
        double u = UNIT_ROUNDOFF;
        double[][] result = new double[questions][];
        ParallelFor.range(questions, q -> {
            double[] ua = units[slots[3 * q]];
            double[] ub = units[slots[3 * q + 1]];
            double[] uc = units[slots[3 * q + 2]];
            double[] sum = new double[ua.length];
            for (int d = 0; d < sum.length; d++) {
                sum[d] = ub[d] + uc[d] - ua[d];
            }
            double inverse = RowNorms.inverse(RowNorms.squaredNorm(sum));
            for (int d = 0; d < sum.length; d++) {
                sum[d] *= inverse;
            }
            result[q] = sum;
            scale[q] = (float) inverse;
            bounds[q] = (float) (((3 * cosineBound + 12 * u) * inverse * (1 + 2 * u) + 2 * u) * 1.01);
        });
        return result;
    }
}
