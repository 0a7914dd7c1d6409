package org.embedscope.model.simd;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The tiny inputs {@link WarmUp} calls the kernels on: a few dimensions and rows, so that calls are
 * cheap and their loops too short for a separate on-stack-replacement compilation. Every branch the
 * real work takes (rows offered or not, tails of the tiles) is exercised and every loop goes round
 * more than once, so the compiled code has no untaken-branch traps to fall back from (one pass of
 * the GEMM column loop cost a 0.7 s deoptimisation in the first real block).
 */
final class Exercises {
    private static final int BATCH = 200;
    private static final int DIM = 4;

    /** One batch of calls, each timed kernel's nanoseconds added to {@code nanos}. */
    interface Exercise {
        /** Names of the timed kernels, in the order of {@code nanos}. */
        String[] timedKernels();

        void batch(long[] nanos);
    }

    private Exercises() {
    }

    static Exercise of(WarmUp.Part part, Kernels kernels, Supplier<? extends QuestionSink> sinks) {
        return switch (part) {
            case MATRIX -> matrix(kernels.matrix());
            case FORCES -> forces(kernels.forces());
            case ATTRACTION -> attraction(kernels.attraction());
            case GEMM_ADD -> new GemmExercise(kernels.search(), false, sinks);
            case GEMM_MUL -> new GemmExercise(kernels.search(), true, sinks);
        };
    }

    /** Four and five rows by three vectors of columns: every tile shape and the single-row tail. */
    private static Exercise matrix(MatrixKernel kernel) {
        int width = 3 * MatrixKernel.COLUMN_QUANTUM;
        float[] a = new float[8 * 4];
        float[] b = new float[4 * width];
        float[] c = new float[8 * width];
        return timed(new String[] {"multiplyAdd", "dot"}, (nanos, i) -> {
            long t0 = System.nanoTime();
            kernel.multiplyAdd(i % 2 == 0 ? 4 : 5, width, 4, a, 0, 4, 1, b, 0, width, c, 0, width);
            long t1 = System.nanoTime();
            c[i % c.length] += kernel.dot(b, 0, c, 0, width);
            nanos[0] += t1 - t0;
            nanos[1] += System.nanoTime() - t1;
        });
    }

    /** A 2D and a 3D list of 40 terms with weights 1 to 3, padded to whole quanta. */
    private static Exercise forces(ForceKernel kernel) {
        int count = 48;
        float[] x = new float[count];
        float[] y = new float[count];
        float[] z = new float[count];
        float[] w = new float[count];
        for (int i = 0; i < 40; i++) {
            x[i] = i;
            y[i] = -i;
            z[i] = i * 0.5f;
            w[i] = 1 + i % 3;
        }
        double[] out = new double[4];
        return timed(new String[] {"forces"}, (nanos, i) -> {
            long t0 = System.nanoTime();
            kernel.sum(x, y, z, w, count, 2, i % 7, 1, 0, out);
            kernel.sum(x, y, z, w, count, 3, i % 7, 1, 2, out);
            nanos[0] += System.nanoTime() - t0;
        });
    }

    /** 8 points in 2D and 3D with 20 edges each, padded to 32. */
    private static Exercise attraction(AttractionKernel kernel) {
        int n = 8;
        int perRow = 32;
        int[] rowStarts = new int[n + 1];
        float[] values = new float[n * perRow];
        int[][] offsets = new int[4][n * perRow];
        for (int i = 0; i < n; i++) {
            rowStarts[i + 1] = rowStarts[i] + perRow;
            for (int e = 0; e < perRow; e++) {
                int j = e < 20 ? (i + e + 1) % n : i;
                values[i * perRow + e] = e < 20 ? 0.001f : 0f;
                offsets[2][i * perRow + e] = j * 2;
                offsets[3][i * perRow + e] = j * 3;
            }
        }
        float[] y = new float[n * 3];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 5;
        }
        double[] forces = new double[n * 3];
        return timed(new String[] {"attraction"}, (nanos, i) -> {
            long t0 = System.nanoTime();
            int dims = 2 + i % 2;
            kernel.rows(dims, rowStarts, offsets[dims], values, y, 0, n, forces);
            nanos[0] += System.nanoTime() - t0;
        });
    }

    private interface Call {
        void run(long[] nanos, int i);
    }

    private static Exercise timed(String[] kernels, Call call) {
        return new Exercise() {
            private int calls;

            @Override
            public String[] timedKernels() {
                return kernels;
            }

            @Override
            public void batch(long[] nanos) {
                for (int j = 0; j < BATCH; j++) {
                    call.run(nanos, calls++);
                }
            }
        };
    }

    /**
     * Batch evaluation's block step: pack, multiply, combine. Packing is plain Java, fast enough
     * once C1 has it, so it goes along untimed. Rows tend to score higher and higher: a fresh sink
     * takes many (its lists grow, new bounds land anywhere among the best), later calls only the best
     * few, so that every path of the real work is taken.
     */
    private static final class GemmExercise implements Exercise {
        private final SearchKernels kernels;
        private final boolean mul;
        private final Supplier<? extends QuestionSink> sinks;
        private final int groups;
        private final int rows;
        private final float[] packed;
        private final float[] queries;
        private final float[] scores;
        private final float[] matrix;
        private final float[] rowScale;
        private final float[] repacked;
        private final int[] slots = {0, 1, 2, 3, 4, 5};
        private final float[] scale = {0.5f, 0.5f};
        private final float[] bound = {1e-5f, 1e-5f};

        GemmExercise(SearchKernels kernels, boolean mul, Supplier<? extends QuestionSink> sinks) {
            this.kernels = kernels;
            this.mul = mul;
            this.sinks = sinks != null ? sinks : Exercises::standInSink;
            Random random = new Random(1);
            groups = 2 * kernels.tileGroups();
            rows = groups * SearchKernels.GROUP;
            packed = new float[rows * DIM];
            for (int r = 0; r < rows; r++) {
                packed[(r / SearchKernels.GROUP * DIM) * SearchKernels.GROUP + r % SearchKernels.GROUP] =
                        (r + 1f) / rows + 0.3f * (random.nextFloat() - 0.5f);
            }
            queries = gaussian(random, SearchKernels.TILE_QUERIES * DIM);
            for (int q = 0; q < SearchKernels.TILE_QUERIES; q++) {
                queries[q * DIM] = Math.abs(queries[q * DIM]) + 0.5f;
            }
            scores = new float[SearchKernels.TILE_QUERIES * rows];
            // source rows for pack, the last group past the row limit as at the end of a vocabulary
            matrix = gaussian(random, rows * DIM);
            rowScale = new float[rows];
            Arrays.fill(rowScale, 1f);
            repacked = new float[rows * DIM];
        }

        @Override
        public String[] timedKernels() {
            return new String[] {"gemm", mul ? "combineMul" : "combineAdd"};
        }

        @Override
        public void batch(long[] nanos) {
            QuestionSink sink = sinks.get(); // offers at first, then thresholds keep rows out
            for (int j = 0; j < BATCH; j++) {
                kernels.pack(matrix, DIM, 0, groups, rows - SearchKernels.GROUP, rowScale, repacked);
                long t0 = System.nanoTime();
                kernels.gemm(queries, SearchKernels.TILE_QUERIES, DIM, packed, groups, scores);
                long t1 = System.nanoTime();
                if (mul) {
                    kernels.combineMul(scores, rows, 0, slots, 2, 1e-5f, sink);
                } else {
                    kernels.combineAdd(scores, rows, 0, slots, 2, scale, bound, sink);
                }
                nanos[0] += t1 - t0;
                nanos[1] += System.nanoTime() - t1;
            }
        }
    }

    /** A sink keeping the best bound per question, for callers that do not name their own. */
    private static QuestionSink standInSink() {
        float[] thresholds = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
        return new QuestionSink() {
            @Override
            public float[] thresholds() {
                return thresholds;
            }

            @Override
            public void offer(int question, int row, float lower, float upper) {
                thresholds[question] = Math.max(thresholds[question], lower);
            }
        };
    }

    private static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
