package org.embedscope.model.tsne;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API version of the interaction sum: 16 (or the CPU's width) list entries per step, no
 * branches. Loaded reflectively, only when {@code jdk.incubator.vector} is present. As for the
 * matrix kernel, many tiny calls at construction get it compiled before the real work starts.
 */
final class SimdForceKernel implements ForceKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.length() > 16
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    SimdForceKernel() {
        InteractionList flat = new InteractionList(2);
        InteractionList deep = new InteractionList(3);
        for (int i = 0; i < 40; i++) {
            flat.add(i, -i, 0, 1 + i % 3);
            deep.add(i, -i, i * 0.5, 1 + i % 3);
        }
        double[] out = new double[4];
        for (int i = 0; i < 6_000; i++) {
            sum(flat, i % 7, 1, 0, out);
            sum(deep, i % 7, 1, 2, out);
        }
    }

    @Override
    public void sum(InteractionList list, float px, float py, float pz, double[] out) {
        if (list.dims == 3) {
            sum3(list, px, py, pz, out);
        } else {
            sum2(list, px, py, out);
        }
    }

    private static void sum2(InteractionList list, float px, float py, double[] out) {
        int padded = list.paddedSize();
        float[] xs = list.x;
        float[] ys = list.y;
        float[] ws = list.weight;
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

    private static void sum3(InteractionList list, float px, float py, float pz, double[] out) {
        int padded = list.paddedSize();
        float[] xs = list.x;
        float[] ys = list.y;
        float[] zs = list.z;
        float[] ws = list.weight;
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
