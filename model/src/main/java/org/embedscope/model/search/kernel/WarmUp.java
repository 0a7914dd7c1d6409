package org.embedscope.model.search.kernel;

import java.util.Random;
import java.util.function.Supplier;

/**
 * Gets the kernels compiled before real work needs them. Vector API code runs dozens of times
 * slower until the optimising JIT (C2) has compiled it, which it does after some thousands of calls
 * and most of a second of compiling (the GEMM tile is big). Real work run meanwhile is nearly
 * wasted, and takes CPU from the compiler: an evaluation restricted to 30,000 words measured twice
 * its compiled time. So the kernels are called on tiny inputs (a few dimensions: cheap calls, and
 * too few loop iterations for a separate on-stack-replacement compilation) until calls are fast,
 * which shows the compiled code is in place; real work waits for that, up to a time limit. Every
 * branch the real work takes (rows offered or not) is exercised, so the compiled code has no
 * untaken-branch traps to fall back from.
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
        int groups = 4 * kernels.tileGroups();
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
        int[] slots = {0, 1, 2, 3, 4, 5};
        float[] scale = {0.5f, 0.5f};
        float[] bound = {1e-5f, 1e-5f};
        long start = System.nanoTime();
        long first = 0;
        int fastBatches = 0;
        while (fastBatches < 3 && System.nanoTime() - start < LIMIT_NANOS) {
            long batchStart = System.nanoTime();
            QuestionSink sink = sinks.get(); // offers at first, then thresholds keep rows out
            for (int j = 0; j < BATCH; j++) {
                kernels.gemm(queries, Kernels.TILE_QUERIES, DIM, packed, groups, scores);
                if (target == Target.GEMM_ADD) {
                    kernels.combineAdd(scores, rows, 0, slots, 2, scale, bound, sink);
                } else {
                    kernels.combineMul(scores, rows, 0, slots, 2, 1e-5f, sink);
                }
            }
            long time = System.nanoTime() - batchStart;
            first = first == 0 ? time : first;
            fastBatches = time * SPEED_UP < first ? fastBatches + 1 : 0;
        }
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
