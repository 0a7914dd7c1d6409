package org.embedscope.model.search.kernel;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the Vector API. Only loaded after {@link Simd} found the incubator module, and
 * only used when the preferred vector holds 8 or 16 floats (AVX2, AVX-512): a group of 16 rows is
 * then one or two vectors, and a GEMM tile is always four vectors wide.
 */
final class VectorKernels implements Kernels {
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int LANES = F.length();
    static final VectorSpecies<Byte> B = LANES == 16 ? ByteVector.SPECIES_128 : ByteVector.SPECIES_64;
    /** Vectors of rows per GEMM tile. */
    private static final int TILE_VECTORS = 4;
    /** Vectors of rows per step of the int8 scans, and the groups they span. */
    private static final int SCAN_VECTORS = 4;
    private static final int SCAN_GROUPS = SCAN_VECTORS * LANES / GROUP;

    static boolean supported() {
        return LANES == 8 || LANES == 16;
    }

    @Override
    public String name() {
        return "Vector API, " + LANES + " float lanes";
    }

    @Override
    public int scanGroups() {
        return SCAN_GROUPS;
    }

    @Override
    public int tileGroups() {
        return TILE_VECTORS * LANES / GROUP;
    }

    @Override
    public void int8Dots(byte[] codes, int dim, int fromGroup, int toGroup, float[] queries, int queryCount, float[] out) {
        float[] acc = new float[SCAN_VECTORS * LANES];
        for (int g = fromGroup; g < toGroup; g += SCAN_GROUPS) {
            for (int j = 0; j < queryCount; j++) {
                int8Block(codes, dim, g * dim * GROUP, queries, j * dim, acc);
                for (int v = 0; v < SCAN_VECTORS; v++) {
                    int row = v * LANES;
                    int o = ((g - fromGroup + row / GROUP) * queryCount + j) * GROUP + row % GROUP;
                    System.arraycopy(acc, v * LANES, out, o, LANES);
                }
            }
        }
    }

    @Override
    public void int8CosineScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query,
            float[] factor, float[] error, BoundSink sink) {
        float[] acc = new float[SCAN_VECTORS * LANES];
        float threshold = sink.threshold();
        for (int g = fromGroup; g < toGroup; g += SCAN_GROUPS) {
            int8Block(codes, dim, g * dim * GROUP, query, 0, acc);
            int first = g * GROUP;
            for (int v = 0; v < SCAN_VECTORS; v++) {
                int row = first + v * LANES;
                FloatVector approx = FloatVector.fromArray(F, acc, v * LANES).mul(FloatVector.fromArray(F, factor, row));
                FloatVector err = FloatVector.fromArray(F, error, row);
                VectorMask<Float> hit = approx.add(err).compare(VectorOperators.GE, threshold);
                if (hit.anyTrue()) {
                    for (int lane = 0; lane < LANES; lane++) {
                        float a = approx.lane(lane);
                        float e = err.lane(lane);
                        if (hit.laneIsSet(lane) && a + e >= threshold) {
                            threshold = sink.offer(row + lane, a - e, a + e);
                        }
                    }
                }
            }
        }
    }

    /**
     * Dot products of one query with the {@code SCAN_VECTORS * LANES} rows of int8 codes from
     * {@code codeBase}. Four independent accumulators hide the multiply-add latency, which a single
     * chain over the dimensions exposed (it measured four times slower).
     */
    private static void int8Block(byte[] codes, int dim, int codeBase, float[] query, int queryBase, float[] acc) {
        int o1 = offset(1, dim);
        int o2 = offset(2, dim);
        int o3 = offset(3, dim);
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = FloatVector.zero(F);
        FloatVector a2 = FloatVector.zero(F);
        FloatVector a3 = FloatVector.zero(F);
        for (int d = 0; d < dim; d++) {
            int p = codeBase + d * GROUP;
            FloatVector b = FloatVector.broadcast(F, query[queryBase + d]);
            a0 = toFloat(codes, p).fma(b, a0);
            a1 = toFloat(codes, p + o1).fma(b, a1);
            a2 = toFloat(codes, p + o2).fma(b, a2);
            a3 = toFloat(codes, p + o3).fma(b, a3);
        }
        a0.intoArray(acc, 0);
        a1.intoArray(acc, LANES);
        a2.intoArray(acc, 2 * LANES);
        a3.intoArray(acc, 3 * LANES);
    }

    private static FloatVector toFloat(byte[] codes, int offset) {
        return (FloatVector) ByteVector.fromArray(B, codes, offset).convertShape(VectorOperators.B2F, F, 0);
    }

    @Override
    public void gemmAdd(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink) {
        float[] tile = new float[TILE_QUERIES * TILE_VECTORS * LANES];
        float[] thresholds = sink.thresholds();
        int step = tileGroups();
        for (int q0 = 0; q0 < questions; q0 += TILE_QUERIES) {
            int count = Math.min(TILE_QUERIES, questions - q0);
            for (int g = 0; g < groups; g += step) {
                tile(queries, q0 * dim, dim, packed, g * dim * GROUP, tile);
                int row = firstRow + g * GROUP;
                for (int v = 0; v < TILE_VECTORS; v++) {
                    int r = row + v * LANES;
                    FloatVector scale = FloatVector.fromArray(F, rowScale, r);
                    for (int t = 0; t < count; t++) {
                        int question = firstQuestion + q0 + t;
                        FloatVector approx = FloatVector.fromArray(F, tile, (TILE_VECTORS * t + v) * LANES).mul(scale);
                        VectorMask<Float> hit = approx.compare(VectorOperators.GE, thresholds[question] - bound);
                        if (hit.anyTrue()) {
                            for (int lane = 0; lane < LANES; lane++) {
                                float a = approx.lane(lane);
                                if (hit.laneIsSet(lane) && a + bound >= thresholds[question]) {
                                    sink.offer(question, r + lane, a - bound, a + bound);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public void gemmMul(float[] queries, int questions, int firstQuestion, int dim, float[] packed, int groups,
            int firstRow, float[] rowScale, float bound, QuestionSink sink) {
        float[] tile = new float[TILE_QUERIES * TILE_VECTORS * LANES];
        float[] thresholds = sink.thresholds();
        float radius = CosMulBounds.pRadius(bound);
        int step = tileGroups();
        int perTile = TILE_QUERIES / 3;
        for (int q0 = 0; q0 < questions; q0 += perTile) {
            int count = Math.min(perTile, questions - q0);
            for (int g = 0; g < groups; g += step) {
                tile(queries, 3 * q0 * dim, dim, packed, g * dim * GROUP, tile);
                int row = firstRow + g * GROUP;
                for (int v = 0; v < TILE_VECTORS; v++) {
                    int r = row + v * LANES;
                    FloatVector scale = FloatVector.fromArray(F, rowScale, r);
                    for (int t = 0; t < count; t++) {
                        int question = firstQuestion + q0 + t;
                        int a = 3 * t * TILE_VECTORS + v;
                        FloatVector ca = FloatVector.fromArray(F, tile, a * LANES).mul(scale);
                        FloatVector cb = FloatVector.fromArray(F, tile, (a + TILE_VECTORS) * LANES).mul(scale);
                        FloatVector cc = FloatVector.fromArray(F, tile, (a + 2 * TILE_VECTORS) * LANES).mul(scale);
                        FloatVector paLow = ca.add(1f).mul(0.5f).sub(radius).max(0f);
                        FloatVector pbHigh = cb.add(1f).mul(0.5f).add(radius).min(1f);
                        FloatVector pcHigh = cc.add(1f).mul(0.5f).add(radius).min(1f);
                        FloatVector upper = pbHigh.mul(pcHigh).div(paLow.add(CosMulBounds.EPSILON))
                                .mul(CosMulBounds.WIDEN_UP);
                        VectorMask<Float> hit = upper.compare(VectorOperators.GE, thresholds[question]);
                        if (hit.anyTrue()) {
                            for (int lane = 0; lane < LANES; lane++) {
                                float u = upper.lane(lane);
                                if (hit.laneIsSet(lane) && u >= thresholds[question]) {
                                    float lower = CosMulBounds.lower(ca.lane(lane), cb.lane(lane), cc.lane(lane), radius);
                                    sink.offer(question, r + lane, lower, u);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * One tile: {@code TILE_QUERIES} query rows from {@code queryBase} times {@code TILE_VECTORS}
     * vectors of consecutive packed rows from {@code packedBase}; writes
     * {@code tile[(TILE_VECTORS * q + v) * LANES + lane]}. Six by four vectors keeps 24 accumulators,
     * four row vectors and one broadcast in AVX-512's 32 registers and needs one broadcast per four
     * multiply-adds, which measured twice as fast as six by two.
     */
    private static void tile(float[] queries, int queryBase, int dim, float[] packed, int packedBase, float[] tile) {
        int o1 = offset(1, dim);
        int o2 = offset(2, dim);
        int o3 = offset(3, dim);
        FloatVector c00 = FloatVector.zero(F), c01 = FloatVector.zero(F), c02 = FloatVector.zero(F), c03 = FloatVector.zero(F);
        FloatVector c10 = FloatVector.zero(F), c11 = FloatVector.zero(F), c12 = FloatVector.zero(F), c13 = FloatVector.zero(F);
        FloatVector c20 = FloatVector.zero(F), c21 = FloatVector.zero(F), c22 = FloatVector.zero(F), c23 = FloatVector.zero(F);
        FloatVector c30 = FloatVector.zero(F), c31 = FloatVector.zero(F), c32 = FloatVector.zero(F), c33 = FloatVector.zero(F);
        FloatVector c40 = FloatVector.zero(F), c41 = FloatVector.zero(F), c42 = FloatVector.zero(F), c43 = FloatVector.zero(F);
        FloatVector c50 = FloatVector.zero(F), c51 = FloatVector.zero(F), c52 = FloatVector.zero(F), c53 = FloatVector.zero(F);
        int q0 = queryBase;
        int q1 = q0 + dim;
        int q2 = q1 + dim;
        int q3 = q2 + dim;
        int q4 = q3 + dim;
        int q5 = q4 + dim;
        for (int d = 0; d < dim; d++) {
            int p = packedBase + d * GROUP;
            FloatVector v0 = FloatVector.fromArray(F, packed, p);
            FloatVector v1 = FloatVector.fromArray(F, packed, p + o1);
            FloatVector v2 = FloatVector.fromArray(F, packed, p + o2);
            FloatVector v3 = FloatVector.fromArray(F, packed, p + o3);
            FloatVector b;
            b = FloatVector.broadcast(F, queries[q0 + d]);
            c00 = v0.fma(b, c00); c01 = v1.fma(b, c01);
            c02 = v2.fma(b, c02); c03 = v3.fma(b, c03);
            b = FloatVector.broadcast(F, queries[q1 + d]);
            c10 = v0.fma(b, c10); c11 = v1.fma(b, c11);
            c12 = v2.fma(b, c12); c13 = v3.fma(b, c13);
            b = FloatVector.broadcast(F, queries[q2 + d]);
            c20 = v0.fma(b, c20); c21 = v1.fma(b, c21);
            c22 = v2.fma(b, c22); c23 = v3.fma(b, c23);
            b = FloatVector.broadcast(F, queries[q3 + d]);
            c30 = v0.fma(b, c30); c31 = v1.fma(b, c31);
            c32 = v2.fma(b, c32); c33 = v3.fma(b, c33);
            b = FloatVector.broadcast(F, queries[q4 + d]);
            c40 = v0.fma(b, c40); c41 = v1.fma(b, c41);
            c42 = v2.fma(b, c42); c43 = v3.fma(b, c43);
            b = FloatVector.broadcast(F, queries[q5 + d]);
            c50 = v0.fma(b, c50); c51 = v1.fma(b, c51);
            c52 = v2.fma(b, c52); c53 = v3.fma(b, c53);
        }
        c00.intoArray(tile, 0 * LANES); c01.intoArray(tile, 1 * LANES); c02.intoArray(tile, 2 * LANES); c03.intoArray(tile, 3 * LANES);
        c10.intoArray(tile, 4 * LANES); c11.intoArray(tile, 5 * LANES); c12.intoArray(tile, 6 * LANES); c13.intoArray(tile, 7 * LANES);
        c20.intoArray(tile, 8 * LANES); c21.intoArray(tile, 9 * LANES); c22.intoArray(tile, 10 * LANES); c23.intoArray(tile, 11 * LANES);
        c30.intoArray(tile, 12 * LANES); c31.intoArray(tile, 13 * LANES); c32.intoArray(tile, 14 * LANES); c33.intoArray(tile, 15 * LANES);
        c40.intoArray(tile, 16 * LANES); c41.intoArray(tile, 17 * LANES); c42.intoArray(tile, 18 * LANES); c43.intoArray(tile, 19 * LANES);
        c50.intoArray(tile, 20 * LANES); c51.intoArray(tile, 21 * LANES); c52.intoArray(tile, 22 * LANES); c53.intoArray(tile, 23 * LANES);
    }

    /** Offset in a packed block of the v-th vector of a tile from its first, at the same dimension. */
    private static int offset(int v, int dim) {
        int row = v * LANES;
        return row / GROUP * dim * GROUP + row % GROUP;
    }
}
