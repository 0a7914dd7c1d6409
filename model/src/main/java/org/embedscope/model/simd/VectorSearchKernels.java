package org.embedscope.model.simd;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.embedscope.model.numeric.CosMul;

/**
 * {@link SearchKernels} on the Vector API, used when the preferred vector holds 8 or 16 floats
 * (AVX2, AVX-512): a group of 16 rows is then one or two vectors, and a GEMM tile is always four
 * vectors wide.
 */
final class VectorSearchKernels implements SearchKernels {
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int LANES = F.length();
    static final VectorSpecies<Byte> B = LANES == 16 ? ByteVector.SPECIES_128 : ByteVector.SPECIES_64;
    /** Vectors of rows per GEMM tile. */
    private static final int TILE_VECTORS = 4;
    /** Vectors of rows per step of the int8 scans, and the groups they span. */
    private static final int SCAN_VECTORS = 4;
    private static final int SCAN_GROUPS = SCAN_VECTORS * LANES / GROUP;

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
            int codeBase = SearchKernels.int8Offset(g * GROUP, 0, dim);
            for (int j = 0; j < queryCount; j++) {
                int8Block(codes, dim, codeBase, queries, j * dim, acc);
                for (int v = 0; v < SCAN_VECTORS; v++) {
                    int row = v * LANES;
                    int o = ((g - fromGroup + row / GROUP) * queryCount + j) * GROUP + row % GROUP;
                    System.arraycopy(acc, v * LANES, out, o, LANES);
                }
            }
        }
    }

    /**
     * Walks the steps of the range as two halves at once, the i-th step of each together: two
     * streams far apart keep twice as many cache misses in flight, which measured 1.6 times faster
     * than one stream on this (memory-bound) scan. Rows reach the sink out of order; it does not mind.
     */
    @Override
    public void int8CosineScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query,
            float[] factor, float[] error, BoundSink sink) {
        float[] acc = new float[2 * SCAN_VECTORS * LANES];
        float threshold = sink.threshold();
        int steps = (toGroup - fromGroup) / SCAN_GROUPS;
        int half = (steps + 1) / 2;
        for (int i = 0; i < half; i++) {
            int first = (fromGroup + i * SCAN_GROUPS) * GROUP;
            int codeBase = SearchKernels.int8Offset(first, 0, dim);
            if (i + half < steps) {
                int second = (fromGroup + (i + half) * SCAN_GROUPS) * GROUP;
                int8BlockPair(codes, dim, codeBase, SearchKernels.int8Offset(second, 0, dim), query, acc);
                threshold = offerHits(acc, 0, first, factor, error, threshold, sink);
                threshold = offerHits(acc, SCAN_VECTORS * LANES, second, factor, error, threshold, sink);
            } else {
                int8Block(codes, dim, codeBase, query, 0, acc);
                threshold = offerHits(acc, 0, first, factor, error, threshold, sink);
            }
        }
    }

    @Override
    public void int8ManhattanScan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query, float[] scale,
            float[] error, float relative, float constant, BoundSink sink) {
        VectorManhattanScan.scan(codes, dim, fromGroup, toGroup, query, scale, error, relative, constant, sink);
    }

    /** Offers the rows from {@code first} whose approximate cosine's upper bound reaches the threshold. */
    private static float offerHits(float[] acc, int accBase, int first, float[] factor, float[] error,
            float threshold, BoundSink sink) {
        for (int v = 0; v < SCAN_VECTORS; v++) {
            int row = first + v * LANES;
            FloatVector approx = FloatVector.fromArray(F, acc, accBase + v * LANES).mul(FloatVector.fromArray(F, factor, row));
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
        return threshold;
    }

    /**
     * Dot products of one query with the {@code SCAN_VECTORS * LANES} consecutive rows whose codes
     * start at {@code codeBase} (dimension d of them at {@code codeBase + d * INT8_BLOCK}). Four
     * independent accumulators hide the multiply-add latency, which a single chain over the
     * dimensions exposed (it measured four times slower).
     */
    private static void int8Block(byte[] codes, int dim, int codeBase, float[] query, int queryBase, float[] acc) {
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = FloatVector.zero(F);
        FloatVector a2 = FloatVector.zero(F);
        FloatVector a3 = FloatVector.zero(F);
        for (int d = 0; d < dim; d++) {
            int p = codeBase + d * INT8_BLOCK;
            FloatVector b = FloatVector.broadcast(F, query[queryBase + d]);
            a0 = toFloat(codes, p).fma(b, a0);
            a1 = toFloat(codes, p + LANES).fma(b, a1);
            a2 = toFloat(codes, p + 2 * LANES).fma(b, a2);
            a3 = toFloat(codes, p + 3 * LANES).fma(b, a3);
        }
        a0.intoArray(acc, 0);
        a1.intoArray(acc, LANES);
        a2.intoArray(acc, 2 * LANES);
        a3.intoArray(acc, 3 * LANES);
    }

    /** {@link #int8Block} for two row ranges at once (codes from {@code baseA} and {@code baseB}). */
    private static void int8BlockPair(byte[] codes, int dim, int baseA, int baseB, float[] query, float[] acc) {
        FloatVector a0 = FloatVector.zero(F);
        FloatVector a1 = FloatVector.zero(F);
        FloatVector a2 = FloatVector.zero(F);
        FloatVector a3 = FloatVector.zero(F);
        FloatVector b0 = FloatVector.zero(F);
        FloatVector b1 = FloatVector.zero(F);
        FloatVector b2 = FloatVector.zero(F);
        FloatVector b3 = FloatVector.zero(F);
        for (int d = 0; d < dim; d++) {
            int p = baseA + d * INT8_BLOCK;
            int r = baseB + d * INT8_BLOCK;
            FloatVector q = FloatVector.broadcast(F, query[d]);
            a0 = toFloat(codes, p).fma(q, a0);
            a1 = toFloat(codes, p + LANES).fma(q, a1);
            a2 = toFloat(codes, p + 2 * LANES).fma(q, a2);
            a3 = toFloat(codes, p + 3 * LANES).fma(q, a3);
            b0 = toFloat(codes, r).fma(q, b0);
            b1 = toFloat(codes, r + LANES).fma(q, b1);
            b2 = toFloat(codes, r + 2 * LANES).fma(q, b2);
            b3 = toFloat(codes, r + 3 * LANES).fma(q, b3);
        }
        a0.intoArray(acc, 0);
        a1.intoArray(acc, LANES);
        a2.intoArray(acc, 2 * LANES);
        a3.intoArray(acc, 3 * LANES);
        b0.intoArray(acc, 4 * LANES);
        b1.intoArray(acc, 5 * LANES);
        b2.intoArray(acc, 6 * LANES);
        b3.intoArray(acc, 7 * LANES);
    }

    private static FloatVector toFloat(byte[] codes, int offset) {
        return (FloatVector) ByteVector.fromArray(B, codes, offset).convertShape(VectorOperators.B2F, F, 0);
    }

    @Override
    public void gemm(float[] queries, int queryCount, int dim, float[] packed, int groups, float[] out) {
        float[] tile = new float[TILE_QUERIES * TILE_VECTORS * LANES];
        int rows = groups * GROUP;
        int step = tileGroups();
        for (int q0 = 0; q0 < queryCount; q0 += TILE_QUERIES) {
            for (int g = 0; g < groups; g += step) {
                tile(queries, q0 * dim, dim, packed, g * dim * GROUP, tile);
                int column = g * GROUP;
                for (int t = 0; t < TILE_QUERIES; t++) {
                    System.arraycopy(tile, TILE_VECTORS * t * LANES, out, (q0 + t) * rows + column, TILE_VECTORS * LANES);
                }
            }
        }
    }

    /**
     * Along the question's three rows of word scores: consecutive questions of a test set share
     * words (a section repeats a : b with many c), so their rows are mostly in L1 already.
     */
    @Override
    public void combineAdd(float[] scores, int rows, int firstRow, int a, int b, int c, float scale, float bound,
            int question, QuestionSink sink) {
        float[] thresholds = sink.thresholds();
        float reach = thresholds[question] - bound; // in a register: a load every step costs the hot loop
        for (int r = 0; r < rows; r += LANES) {
            FloatVector v = FloatVector.fromArray(F, scores, b + r).sub(FloatVector.fromArray(F, scores, a + r))
                    .add(FloatVector.fromArray(F, scores, c + r)).mul(scale);
            if (v.compare(VectorOperators.GE, reach).anyTrue()) {
                CombineRows.add(scores, a, b, c, r, r + LANES, firstRow, scale, bound, question, sink);
                reach = thresholds[question] - bound;
            }
        }
    }

    @Override
    public void combineMul(float[] scores, int rows, int firstRow, int a, int b, int c, float radius, int question,
            QuestionSink sink) {
        float[] thresholds = sink.thresholds();
        float threshold = thresholds[question];
        for (int r = 0; r < rows; r += LANES) {
            // CosMul.upper lane-wise, step for step, so that it is bit for bit the same bound
            FloatVector paLow = FloatVector.fromArray(F, scores, a + r).add(1f).mul(0.5f).sub(radius).max(0f);
            FloatVector pbHigh = FloatVector.fromArray(F, scores, b + r).add(1f).mul(0.5f).add(radius).min(1f);
            FloatVector pcHigh = FloatVector.fromArray(F, scores, c + r).add(1f).mul(0.5f).add(radius).min(1f);
            FloatVector upper = pbHigh.mul(pcHigh).div(paLow.add(CosMul.EPSILON_FLOAT)).mul(CosMul.WIDEN_UP);
            if (upper.compare(VectorOperators.GE, threshold).anyTrue()) {
                CombineRows.mul(scores, a, b, c, r, r + LANES, firstRow, radius, question, sink);
                threshold = thresholds[question];
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
