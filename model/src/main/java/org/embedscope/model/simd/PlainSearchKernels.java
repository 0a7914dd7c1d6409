package org.embedscope.model.simd;

import java.util.Arrays;

/**
 * {@link SearchKernels} in plain Java, for runtimes without the Vector API (or with vectors too
 * short for the Vector API ones). Dot products and distances run over the dimensions for four
 * neighbouring rows at once, accumulating in locals: accumulating into an array slot per lane
 * instead chains every addition through a store and a load, many times slower.
 */
final class PlainSearchKernels implements SearchKernels {
    private static final MatrixKernel MATRIX = new PlainMatrixKernel();

    @Override
    public int scanGroups() {
        return 1;
    }

    @Override
    public int tileGroups() {
        return 1;
    }

    @Override
    public void int8Dots(byte[] codes, int dim, int fromGroup, int toGroup, float[] queries, int queryCount, float[] out) {
        int o = 0;
        for (int g = fromGroup; g < toGroup; g++) {
            int base = SearchKernels.int8Offset(g * GROUP, 0, dim);
            for (int j = 0; j < queryCount; j++) {
                for (int lane = 0; lane < GROUP; lane += 4) {
                    fourInt8Dots(codes, base + lane, queries, j * dim, dim, out, o + lane);
                }
                o += GROUP;
            }
        }
    }

    /** Four neighbouring rows of an int8 block against one query: four independent chains. */
    private static void fourInt8Dots(byte[] codes, int first, float[] query, int queryBase, int dim, float[] out, int o) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        for (int d = 0; d < dim; d++) {
            int p = first + d * INT8_BLOCK;
            float q = query[queryBase + d];
            s0 += codes[p] * q;
            s1 += codes[p + 1] * q;
            s2 += codes[p + 2] * q;
            s3 += codes[p + 3] * q;
        }
        out[o] = s0;
        out[o + 1] = s1;
        out[o + 2] = s2;
        out[o + 3] = s3;
    }

    @Override
    public void int8CosineScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query,
            float[] factor, float[] error, BoundSink sink) {
        float[] dots = new float[GROUP];
        float threshold = sink.threshold();
        for (int g = fromGroup; g < toGroup; g++) {
            int8Dots(codes, dim, g, g + 1, query, 1, dots);
            int row = g * GROUP;
            for (int lane = 0; lane < GROUP; lane++) {
                float a = dots[lane] * factor[row + lane];
                float e = error[row + lane];
                if (a + e >= threshold) {
                    threshold = sink.offer(row + lane, a - e, a + e);
                }
            }
        }
    }

    /** Four neighbouring rows at once: four independent chains of additions. */
    @Override
    public void int8ManhattanScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query, float[] scale,
            float[] error, float relative, float constant, BoundSink sink) {
        float[] sums = new float[4];
        float threshold = sink.threshold();
        for (int first = fromGroup * GROUP; first < toGroup * GROUP; first += 4) {
            int base = SearchKernels.int8Offset(first, 0, dim);
            float s0 = scale[first];
            float s1 = scale[first + 1];
            float s2 = scale[first + 2];
            float s3 = scale[first + 3];
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            for (int d = 0; d < dim; d++) {
                int p = base + d * INT8_BLOCK;
                float q = query[d];
                a0 += Math.abs(codes[p] * s0 - q);
                a1 += Math.abs(codes[p + 1] * s1 - q);
                a2 += Math.abs(codes[p + 2] * s2 - q);
                a3 += Math.abs(codes[p + 3] * s3 - q);
            }
            sums[0] = a0;
            sums[1] = a1;
            sums[2] = a2;
            sums[3] = a3;
            for (int i = 0; i < 4; i++) {
                float e = error[first + i] + relative * sums[i] + constant;
                if (e - sums[i] >= threshold) {
                    threshold = sink.offer(first + i, -sums[i] - e, e - sums[i]);
                }
            }
        }
    }

    /** Group by group, the matrix kernel's product of the queries with the group's packed columns. */
    @Override
    public void gemm(float[] queries, int queryCount, int dim, float[] packed, int groups, float[] out) {
        int rows = groups * GROUP;
        Arrays.fill(out, 0, queryCount * rows, 0f);
        for (int g = 0; g < groups; g++) {
            MATRIX.multiplyAdd(queryCount, GROUP, dim, queries, 0, dim, 1, packed, g * dim * GROUP, GROUP,
                    out, g * GROUP, rows);
        }
    }

    @Override
    public void combineAdd(float[] scores, int rows, int firstRow, int a, int b, int c, float scale, float bound,
            int question, QuestionSink sink) {
        CombineRows.add(scores, a, b, c, 0, rows, firstRow, scale, bound, question, sink);
    }

    @Override
    public void combineMul(float[] scores, int rows, int firstRow, int a, int b, int c, float radius, int question,
            QuestionSink sink) {
        CombineRows.mul(scores, a, b, c, 0, rows, firstRow, radius, question, sink);
    }
}
