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
        InteractionList list = new InteractionList(3);
        for (int i = 0; i < 40; i++) {
            list.add(i, -i, i * 0.5, 1 + i % 3);
        }
        double[] out = new double[4];
        for (int i = 0; i < 8_000; i++) {
            sum(list, i % 7, 1, i % 2 == 0 ? 0 : 2, out);
        }
    }

    @Override
    public void sum(InteractionList list, float px, float py, float pz, double[] out) {
        int padded = list.paddedSize();
        FloatVector z = FloatVector.zero(S);
        FloatVector fx = FloatVector.zero(S);
        FloatVector fy = FloatVector.zero(S);
        FloatVector fz = FloatVector.zero(S);
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector vx = FloatVector.broadcast(S, px);
        FloatVector vy = FloatVector.broadcast(S, py);
        FloatVector vz = FloatVector.broadcast(S, pz);
        boolean threeD = list.dims == 3;
        for (int j = 0; j < padded; j += L) {
            FloatVector dx = vx.sub(FloatVector.fromArray(S, list.x, j));
            FloatVector dy = vy.sub(FloatVector.fromArray(S, list.y, j));
            FloatVector d2 = dx.fma(dx, dy.mul(dy));
            FloatVector dz = null;
            if (threeD) {
                dz = vz.sub(FloatVector.fromArray(S, list.z, j));
                d2 = dz.fma(dz, d2);
            }
            FloatVector q = one.div(one.add(d2));
            FloatVector mq = FloatVector.fromArray(S, list.weight, j).mul(q);
            z = z.add(mq);
            mq = mq.mul(q);
            fx = mq.fma(dx, fx);
            fy = mq.fma(dy, fy);
            if (threeD) {
                fz = mq.fma(dz, fz);
            }
        }
        out[0] = z.reduceLanes(VectorOperators.ADD);
        out[1] = fx.reduceLanes(VectorOperators.ADD);
        out[2] = fy.reduceLanes(VectorOperators.ADD);
        out[3] = fz.reduceLanes(VectorOperators.ADD);
    }
}
