package org.embedscope.model.search.kernel;

import java.util.Arrays;
import java.util.Random;

/**
 * Gets the kernels compiled before real work needs them. Vector API code runs dozens of times
 * slower until the optimising JIT (C2) has compiled it, which it does after some thousands of calls
 * and most of a second of compiling (the GEMM tile is big). Real work run meanwhile is nearly
 * wasted, and takes CPU from the compiler: an evaluation restricted to 30,000 words measured twice
 * its compiled time. So the kernels are called on tiny inputs (a few dimensions: cheap calls, and
 * too few loop iterations for a separate on-stack-replacement compilation) until a call is fast,
 * which shows the compiled code is in place; real work waits for that, up to a time limit. Every
 * branch the real work takes (rows offered or not) is exercised, so the compiled code has no
 * untaken-branch traps to fall back from.
 */
final class WarmUp {
    private static final int BATCH = 200;
    private static final int DIM = 4;
    /** A warm-up call takes tens of nanoseconds compiled and microseconds before. */
    private static final long FAST_NANOS_PER_CALL = 1_000;
    private static final long LIMIT_NANOS = 3_000_000_000L;

    private WarmUp() {
    }

    /** What to get compiled: the batch kernels of evaluation, or the scans of single queries. */
    enum Target { GEMM_ADD, GEMM_MUL, SCANS }

    static void run(Kernels kernels, Target target) {
        Random random = new Random(1);
        int groups = Math.max(kernels.tileGroups(), Kernels.GROUP_ALIGNMENT);
        float[] packed = gaussian(random, groups * Kernels.GROUP * DIM);
        byte[] codes = new byte[groups * Kernels.GROUP * DIM];
        random.nextBytes(codes);
        float[] queries = gaussian(random, 2 * Kernels.TILE_QUERIES * DIM);
        float[] factor = new float[groups * Kernels.GROUP];
        Arrays.fill(factor, 0.01f);
        float[] error = new float[factor.length];
        Arrays.fill(error, 0.001f);
        float[] dots = new float[groups * 3 * Kernels.GROUP];
        Sink sink = new Sink();
        long start = System.nanoTime();
        int fastBatches = 0;
        for (int i = 0; fastBatches < 3 && System.nanoTime() - start < LIMIT_NANOS; i++) {
            long batchStart = System.nanoTime();
            for (int j = 0; j < BATCH; j++) {
                sink.reset(j % 3 == 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
                call(kernels, target, packed, codes, queries, factor, error, dots, groups, sink);
            }
            fastBatches = System.nanoTime() - batchStart < BATCH * FAST_NANOS_PER_CALL ? fastBatches + 1 : 0;
        }
    }

    private static void call(Kernels kernels, Target target, float[] packed, byte[] codes, float[] queries,
            float[] factor, float[] error, float[] dots, int groups, Sink sink) {
        switch (target) {
            case GEMM_ADD -> kernels.gemmAdd(queries, Kernels.TILE_QUERIES, 0, DIM, packed, groups, 0, 1e-5f, sink);
            case GEMM_MUL -> kernels.gemmMul(queries, 2, 0, DIM, packed, groups, 0, 1e-5f, sink);
            case SCANS -> {
                kernels.int8CosineScan(codes, DIM, 0, groups, queries, factor, error, sink);
                kernels.int8Dots(codes, DIM, 0, groups, queries, 3, dots);
            }
        }
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** Accepts everything or nothing, by turns, through both sink interfaces. */
    private static final class Sink implements QuestionSink, BoundSink {
        private final float[] thresholds = new float[Kernels.TILE_QUERIES];
        private float threshold;

        void reset(float value) {
            Arrays.fill(thresholds, value);
            threshold = value;
        }

        @Override
        public float[] thresholds() {
            return thresholds;
        }

        @Override
        public void offer(int question, int row, float lower, float upper) {
        }

        @Override
        public float threshold() {
            return threshold;
        }

        @Override
        public float offer(int row, float lower, float upper) {
            return threshold;
        }
    }
}
