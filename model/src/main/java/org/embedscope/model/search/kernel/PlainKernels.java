package org.embedscope.model.search.kernel;

/**
 * {@link Kernels} in plain Java, for runtimes without the Vector API. Inner loops run over the 16
 * lanes of a group so that the JIT can still auto-vectorise them.
 */
final class PlainKernels implements Kernels {
    private static final int TILE_ROWS = 2 * GROUP;

    @Override
    public String name() {
        return "plain Java";
    }

    @Override
    public int scanGroups() {
        return 1;
    }

    @Override
    public int tileGroups() {
        return 2;
    }

    @Override
    public void int8Dots(byte[] codes, int dim, int fromGroup, int toGroup, float[] queries, int queryCount, float[] out) {
        int o = 0;
        for (int g = fromGroup; g < toGroup; g++) {
            int base = g * dim * GROUP;
            for (int j = 0; j < queryCount; j++) {
                java.util.Arrays.fill(out, o, o + GROUP, 0f);
                for (int d = 0; d < dim; d++) {
                    float q = queries[j * dim + d];
                    int p = base + d * GROUP;
                    for (int lane = 0; lane < GROUP; lane++) {
                        out[o + lane] += codes[p + lane] * q;
                    }
                }
                o += GROUP;
            }
        }
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

    @Override
    public void gemmAdd(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink) {
        float[] tile = new float[TILE_ROWS];
        float[] thresholds = sink.thresholds();
        for (int q = 0; q < questions; q++) {
            int question = firstQuestion + q;
            for (int g = 0; g < groups; g += 2) {
                tileRow(queries, q * dim, dim, packed, g, tile);
                int row = firstRow + g * GROUP;
                for (int r = 0; r < TILE_ROWS; r++) {
                    float a = tile[r] * rowScale[row + r];
                    if (a + bound >= thresholds[question]) {
                        sink.offer(question, row + r, a - bound, a + bound);
                    }
                }
            }
        }
    }

    @Override
    public void gemmMul(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink) {
        float[] ta = new float[TILE_ROWS];
        float[] tb = new float[TILE_ROWS];
        float[] tc = new float[TILE_ROWS];
        float[] thresholds = sink.thresholds();
        float radius = CosMulBounds.pRadius(bound);
        for (int q = 0; q < questions; q++) {
            int question = firstQuestion + q;
            for (int g = 0; g < groups; g += 2) {
                tileRow(queries, 3 * q * dim, dim, packed, g, ta);
                tileRow(queries, (3 * q + 1) * dim, dim, packed, g, tb);
                tileRow(queries, (3 * q + 2) * dim, dim, packed, g, tc);
                int row = firstRow + g * GROUP;
                for (int r = 0; r < TILE_ROWS; r++) {
                    float s = rowScale[row + r];
                    float ca = ta[r] * s;
                    float cb = tb[r] * s;
                    float cc = tc[r] * s;
                    float upper = CosMulBounds.upper(ca, cb, cc, radius);
                    if (upper >= thresholds[question]) {
                        sink.offer(question, row + r, CosMulBounds.lower(ca, cb, cc, radius), upper);
                    }
                }
            }
        }
    }

    /** Dot products of one query with the two packed groups from {@code group}. */
    private static void tileRow(float[] queries, int queryBase, int dim, float[] packed, int group, float[] out) {
        java.util.Arrays.fill(out, 0f);
        for (int half = 0; half < 2; half++) {
            int base = (group + half) * dim * GROUP;
            int o = half * GROUP;
            for (int d = 0; d < dim; d++) {
                float q = queries[queryBase + d];
                int p = base + d * GROUP;
                for (int lane = 0; lane < GROUP; lane++) {
                    out[o + lane] += packed[p + lane] * q;
                }
            }
        }
    }
}
