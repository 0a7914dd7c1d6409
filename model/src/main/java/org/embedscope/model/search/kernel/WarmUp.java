package org.embedscope.model.search.kernel;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Gets the kernels compiled before real work needs them. Vector API code runs dozens of times
 * slower until the optimising JIT (C2) has compiled it, which it does after some thousands of calls
 * and most of a second of compiling (the GEMM tile is big). Real work run meanwhile is nearly
 * wasted, and takes CPU from the compiler: an evaluation restricted to 30,000 words measured twice
 * its compiled time. So the kernels are called on tiny inputs (a few dimensions: cheap calls, and
 * too few loop iterations for a separate on-stack-replacement compilation) until the calls of each
 * kernel are fast, which shows its compiled code is in place; real work waits for that, up to a
 * time limit. Every branch the real work takes (rows offered or not) is exercised and every loop
 * goes round more than once, so the compiled code has no untaken-branch traps to fall back from
 * (one pass of the column loop cost a 0.7 s deoptimisation in the first real block). The launcher
 * also lowers these methods' compile thresholds.
 */
final class WarmUp {
    private static final int BATCH = 200;
    private static final int DIM = 4;
    /**
     * Vector API code runs boxed, one object per operation, until C2 compiles it (C1 does not
     * intrinsify it either), then some fifty times faster: a batch twenty times faster than the
     * first shows the compiled code in place.
     */
    private static final long SPEED_UP = 20;
    private static final long LIMIT_NANOS = 3_000_000_000L;

    private WarmUp() {
    }

    /** What to get compiled: the batch kernels of 3CosAdd or 3CosMul evaluation. */
    enum Target { GEMM_ADD, GEMM_MUL }

    /**
     * @param sinks makes sinks of the class the real work will use: compiled code is specialised to
     *              the receiver classes it saw, and another class there would throw it away again
     */
    static void run(Kernels kernels, Target target, Supplier<? extends QuestionSink> sinks) {
        Random random = new Random(1);
        int groups = 2 * kernels.tileGroups();
        int rows = groups * Kernels.GROUP;
        // rows that tend to score higher and higher: a fresh sink takes many (its lists grow, new
        // bounds land anywhere among the best), later calls only the best few, so that every path of
        // the real work is taken
        float[] packed = new float[rows * DIM];
        for (int r = 0; r < rows; r++) {
            packed[(r / Kernels.GROUP * DIM) * Kernels.GROUP + r % Kernels.GROUP] =
                    (r + 1f) / rows + 0.3f * (random.nextFloat() - 0.5f);
        }
        float[] queries = gaussian(random, Kernels.TILE_QUERIES * DIM);
        for (int q = 0; q < Kernels.TILE_QUERIES; q++) {
            queries[q * DIM] = Math.abs(queries[q * DIM]) + 0.5f;
        }
        float[] scores = new float[Kernels.TILE_QUERIES * rows];
        // source rows for pack, the last group past the row limit as at the end of a vocabulary
        float[] matrix = gaussian(random, rows * DIM);
        float[] rowScale = new float[rows];
        Arrays.fill(rowScale, 1f);
        float[] repacked = new float[rows * DIM];
        int[] slots = {0, 1, 2, 3, 4, 5};
        float[] scale = {0.5f, 0.5f};
        float[] bound = {1e-5f, 1e-5f};
        long start = System.nanoTime();
        // per kernel (pack, gemm, combine): its time in the first batch and in the batch just run
        long[] first = new long[3];
        long[] time = new long[3];
        int fastBatches = 0;
        while (fastBatches < 3 && System.nanoTime() - start < LIMIT_NANOS) {
            Arrays.fill(time, 0);
            QuestionSink sink = sinks.get(); // offers at first, then thresholds keep rows out
            for (int j = 0; j < BATCH; j++) {
                long t0 = System.nanoTime();
                kernels.pack(matrix, DIM, 0, groups, rows - Kernels.GROUP, rowScale, repacked);
                long t1 = System.nanoTime();
                kernels.gemm(queries, Kernels.TILE_QUERIES, DIM, packed, groups, scores);
                long t2 = System.nanoTime();
                if (target == Target.GEMM_ADD) {
                    kernels.combineAdd(scores, rows, 0, slots, 2, scale, bound, sink);
                } else {
                    kernels.combineMul(scores, rows, 0, slots, 2, 1e-5f, sink);
                }
                time[0] += t1 - t0;
                time[1] += t2 - t1;
                time[2] += System.nanoTime() - t2;
            }
            if (first[0] == 0) {
                System.arraycopy(time, 0, first, 0, 3);
            }
            fastBatches = allFaster(time, first) ? fastBatches + 1 : 0;
        }
    }

    /**
     * True when both Vector API kernels (gemm, combine) ran {@link #SPEED_UP} times faster than in
     * the first batch. Packing is plain Java, fast enough once C1 has it, so it only goes along.
     */
    private static boolean allFaster(long[] time, long[] first) {
        for (int k = 1; k < time.length; k++) {
            if (time[k] * SPEED_UP >= first[k]) {
                return false;
            }
        }
        return true;
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
