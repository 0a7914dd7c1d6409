package org.embedscope.model.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API version of the interaction sum: 16 (or the CPU's width) list entries per step, no
 * branches.
 */
final class VectorForceKernel implements ForceKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.length() > QUANTUM
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public void sum(float[] xs, float[] ys, float[] zs, float[] weights, int count, int dims, float px, float py,
            float pz, double[] out) {
        if (dims == 3) {
            sum3(xs, ys, zs, weights, count, px, py, pz, out);
        } else {
            sum2(xs, ys, weights, count, px, py, out);
        }
    }

    private static void sum2(float[] xs, float[] ys, float[] ws, int padded, float px, float py, double[] out) {
        FloatVector z = FloatVector.zero(S);
        FloatVector fx = FloatVector.zero(S);
        FloatVector fy = FloatVector.zero(S);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector vx = FloatVector.broadcast(S, px);
        FloatVector vy = FloatVector.broadcast(S, py);
        for (int j = 0; j < padded; j += L) {
            FloatVector dx = vx.sub(FloatVector.fromArray(S, xs, j));
            FloatVector dy = vy.sub(FloatVector.fromArray(S, ys, j));
            FloatVector q = one.div(dx.fma(dx, dy.fma(dy, one)));
            FloatVector mq = FloatVector.fromArray(S, ws, j).mul(q);
            z = z.add(mq);
            mq = mq.mul(q);
            fx = mq.fma(dx, fx);
            fy = mq.fma(dy, fy);
        }
        out[0] = z.reduceLanes(VectorOperators.ADD);
        out[1] = fx.reduceLanes(VectorOperators.ADD);
        out[2] = fy.reduceLanes(VectorOperators.ADD);
        out[3] = 0;
    }

    private static void sum3(float[] xs, float[] ys, float[] zs, float[] ws, int padded, float px, float py, float pz,
            double[] out) {
        FloatVector z = FloatVector.zero(S);
        FloatVector fx = FloatVector.zero(S);
        FloatVector fy = FloatVector.zero(S);
        FloatVector fz = FloatVector.zero(S);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector vx = FloatVector.broadcast(S, px);
        FloatVector vy = FloatVector.broadcast(S, py);
        FloatVector vz = FloatVector.broadcast(S, pz);
        for (int j = 0; j < padded; j += L) {
            FloatVector dx = vx.sub(FloatVector.fromArray(S, xs, j));
            FloatVector dy = vy.sub(FloatVector.fromArray(S, ys, j));
            FloatVector dz = vz.sub(FloatVector.fromArray(S, zs, j));
            FloatVector q = one.div(dx.fma(dx, dy.fma(dy, dz.fma(dz, one))));
            FloatVector mq = FloatVector.fromArray(S, ws, j).mul(q);
            z = z.add(mq);
            mq = mq.mul(q);
            fx = mq.fma(dx, fx);
            fy = mq.fma(dy, fy);
            fz = mq.fma(dz, fz);
        }
        out[0] = z.reduceLanes(VectorOperators.ADD);
        out[1] = fx.reduceLanes(VectorOperators.ADD);
        out[2] = fy.reduceLanes(VectorOperators.ADD);
        out[3] = fz.reduceLanes(VectorOperators.ADD);
    }
}
