package org.embedscope.model.simd;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * {@link SearchKernels#int8ManhattanScan} on the Vector API: one vector holds the same dimension of
 * {@code LANES} consecutive rows, each scaled by its own lane of the scales, and four independent
 * accumulators hide the add latency, as in the cosine scan.
 */
final class VectorManhattanScan {
    private static final int LANES = VectorSearchKernels.LANES;
    private static final int VECTORS = 4;
    private static final int STEP_GROUPS = VECTORS * LANES / SearchKernels.GROUP;

    private VectorManhattanScan() {
    }

    static void scan(byte[] codes, int dim, int fromGroup, int toGroup, float[] query, float[] scale, float[] error,
            float relative, float constant, BoundSink sink) {
        float[] acc = new float[VECTORS * LANES];
        float threshold = sink.threshold();
        for (int g = fromGroup; g < toGroup; g += STEP_GROUPS) {
            int first = g * SearchKernels.GROUP;
            block(codes, dim, SearchKernels.int8Offset(first, 0, dim), first, query, scale, acc);
            threshold = offerHits(acc, first, error, relative, constant, threshold, sink);
        }
    }

    /** {@code acc[v * LANES + lane]} = approximate distance of row {@code first + v * LANES + lane}. */
    private static void block(byte[] codes, int dim, int codeBase, int first, float[] query, float[] scale,
            float[] acc) {
        FloatVector s0 = FloatVector.fromArray(VectorSearchKernels.F, scale, first);
        FloatVector s1 = FloatVector.fromArray(VectorSearchKernels.F, scale, first + LANES);
        FloatVector s2 = FloatVector.fromArray(VectorSearchKernels.F, scale, first + 2 * LANES);
        FloatVector s3 = FloatVector.fromArray(VectorSearchKernels.F, scale, first + 3 * LANES);
        FloatVector a0 = FloatVector.zero(VectorSearchKernels.F);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        for (int d = 0; d < dim; d++) {
            int p = codeBase + d * SearchKernels.INT8_BLOCK;
            FloatVector q = FloatVector.broadcast(VectorSearchKernels.F, query[d]);
            a0 = a0.add(toFloat(codes, p).mul(s0).sub(q).abs());
            a1 = a1.add(toFloat(codes, p + LANES).mul(s1).sub(q).abs());
            a2 = a2.add(toFloat(codes, p + 2 * LANES).mul(s2).sub(q).abs());
            a3 = a3.add(toFloat(codes, p + 3 * LANES).mul(s3).sub(q).abs());
        }
        a0.intoArray(acc, 0);
        a1.intoArray(acc, LANES);
        a2.intoArray(acc, 2 * LANES);
        a3.intoArray(acc, 3 * LANES);
    }

    /** Offers the rows whose bound on minus their distance reaches the threshold. */
    private static float offerHits(float[] acc, int first, float[] error, float relative, float constant,
            float threshold, BoundSink sink) {
        for (int v = 0; v < VECTORS; v++) {
            int row = first + v * LANES;
            FloatVector a = FloatVector.fromArray(VectorSearchKernels.F, acc, v * LANES);
            FloatVector e = FloatVector.fromArray(VectorSearchKernels.F, error, row).add(a.mul(relative)).add(constant);
            VectorMask<Float> hit = e.sub(a).compare(VectorOperators.GE, threshold);
            if (hit.anyTrue()) {
                for (int lane = 0; lane < LANES; lane++) {
                    float al = a.lane(lane);
                    float el = e.lane(lane);
                    if (hit.laneIsSet(lane) && el - al >= threshold) {
                        threshold = sink.offer(row + lane, -al - el, el - al);
                    }
                }
            }
        }
        return threshold;
    }

    private static FloatVector toFloat(byte[] codes, int offset) {
        return (FloatVector) ByteVector.fromArray(VectorSearchKernels.B, codes, offset)
                .convertShape(VectorOperators.B2F, VectorSearchKernels.F, 0);
    }
}
