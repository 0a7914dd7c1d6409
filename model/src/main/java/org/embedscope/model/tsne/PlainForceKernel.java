package org.embedscope.model.tsne;

/** Scalar fallback of the interaction sum, for JVMs without the Vector API module. */
final class PlainForceKernel implements ForceKernel {
    @Override
    public void sum(InteractionList list, float px, float py, float pz, double[] out) {
        float z = 0;
        float fx = 0;
        float fy = 0;
        float fz = 0;
        int size = list.size;
        for (int j = 0; j < size; j++) {
            float dx = px - list.x[j];
            float dy = py - list.y[j];
            float dz = pz - list.z[j];
            float q = 1 / (1 + dx * dx + dy * dy + dz * dz);
            float mq = list.weight[j] * q;
            z += mq;
            mq *= q;
            fx += mq * dx;
            fy += mq * dy;
            fz += mq * dz;
        }
        out[0] = z;
        out[1] = fx;
        out[2] = fy;
        out[3] = fz;
    }
}
