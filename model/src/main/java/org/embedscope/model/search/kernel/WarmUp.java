package org.embedscope.model.search.kernel;

import java.util.Arrays;
import java.util.Random;

/**
 * Gets the kernels compiled before real work needs them. Vector API code is dozens of times slower
 * until the optimising JIT has compiled it, which it does after some thousands of calls; a short
 * command (an evaluation restricted to 30,000 words takes well under a second once compiled) would
 * otherwise spend most of its time before that. Tiny calls reach those counts in a fraction of a
 * second, and run on a background thread while the vectors load. Every branch the real work takes
 * (rows offered or not) is exercised, so the compiled code has no untaken-branch traps to fall into.
 */
final class WarmUp {
    /**
     * Enough calls of a few dimensions each for a standard compilation (HotSpot's tier 4 wants about
     * 15,000 calls plus loop iterations), few loop iterations so that no separate on-stack
     * replacement compilation is triggered: compiling the big GEMM tile takes C2 most of a second.
     */
    private static final int CALLS = 6_000;
    private static final int DIM = 4;

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
        for (int i = 0; i < CALLS; i++) {
            sink.reset(i % 3 == 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
            switch (target) {
                case GEMM_ADD -> kernels.gemmAdd(queries, Kernels.TILE_QUERIES, 0, DIM, packed, groups, 0, 1e-5f, sink);
                case GEMM_MUL -> kernels.gemmMul(queries, 2, 0, DIM, packed, groups, 0, 1e-5f, sink);
                case SCANS -> {
                    kernels.int8CosineScan(codes, DIM, 0, groups, queries, factor, error, sink);
                    kernels.int8Dots(codes, DIM, 0, groups, queries, 3, dots);
                }
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
