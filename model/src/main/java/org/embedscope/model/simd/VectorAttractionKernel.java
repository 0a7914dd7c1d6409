package org.embedscope.model.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API attraction: 16 edges per step. Neighbour positions are first copied into small
 * contiguous buffers by scalar loads (the API's gathers check every index against the array bounds,
 * which cost more than the arithmetic). Rows are padded to whole vectors ({@link #QUANTUM}).
 */
final class VectorAttractionKernel implements AttractionKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.length() >= QUANTUM
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void rows(int dims, int[] rowStarts, int[] offsets, float[] values, float[] y, int from, int to,
            double[] forces) {
        if (dims == 3) {
            rows3(rowStarts, offsets, values, y, from, to, forces);
        } else {
            rows2(rowStarts, offsets, values, y, from, to, forces);
        }
    }

    private static void rows2(int[] rowStarts, int[] offsets, float[] values, float[] y, int from, int to,
            double[] forces) {
        float[] bx = new float[L];
        float[] by = new float[L];
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = from; i < to; i++) {
            FloatVector xi = FloatVector.broadcast(S, y[2 * i]);
            FloatVector yi = FloatVector.broadcast(S, y[2 * i + 1]);
            FloatVector fx = FloatVector.zero(S);
            FloatVector fy = FloatVector.zero(S);
            int end = rowStarts[i + 1];
            for (int e = rowStarts[i]; e < end; e += L) {
                for (int l = 0; l < L; l++) {
                    int o = offsets[e + l];
                    bx[l] = y[o];
                    by[l] = y[o + 1];
                }
                FloatVector dx = xi.sub(FloatVector.fromArray(S, bx, 0));
                FloatVector dy = yi.sub(FloatVector.fromArray(S, by, 0));
                FloatVector pw = FloatVector.fromArray(S, values, e).div(dx.fma(dx, dy.fma(dy, one)));
                fx = pw.fma(dx, fx);
                fy = pw.fma(dy, fy);
            }
            forces[2 * i] = fx.reduceLanes(VectorOperators.ADD);
            forces[2 * i + 1] = fy.reduceLanes(VectorOperators.ADD);
        }
    }

    private static void rows3(int[] rowStarts, int[] offsets, float[] values, float[] y, int from, int to,
            double[] forces) {
        float[] bx = new float[L];
        float[] by = new float[L];
        float[] bz = new float[L];
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = from; i < to; i++) {
            FloatVector xi = FloatVector.broadcast(S, y[3 * i]);
            FloatVector yi = FloatVector.broadcast(S, y[3 * i + 1]);
            FloatVector zi = FloatVector.broadcast(S, y[3 * i + 2]);
            FloatVector fx = FloatVector.zero(S);
            FloatVector fy = FloatVector.zero(S);
            FloatVector fz = FloatVector.zero(S);
            int end = rowStarts[i + 1];
            for (int e = rowStarts[i]; e < end; e += L) {
                for (int l = 0; l < L; l++) {
                    int o = offsets[e + l];
                    bx[l] = y[o];
                    by[l] = y[o + 1];
                    bz[l] = y[o + 2];
                }
                FloatVector dx = xi.sub(FloatVector.fromArray(S, bx, 0));
                FloatVector dy = yi.sub(FloatVector.fromArray(S, by, 0));
                FloatVector dz = zi.sub(FloatVector.fromArray(S, bz, 0));
                FloatVector pw = FloatVector.fromArray(S, values, e).div(dx.fma(dx, dy.fma(dy, dz.fma(dz, one))));
                fx = pw.fma(dx, fx);
                fy = pw.fma(dy, fy);
                fz = pw.fma(dz, fz);
            }
            forces[3 * i] = fx.reduceLanes(VectorOperators.ADD);
            forces[3 * i + 1] = fy.reduceLanes(VectorOperators.ADD);
            forces[3 * i + 2] = fz.reduceLanes(VectorOperators.ADD);
        }
    }
}
