package org.embedscope.model.simd;

/** Plain-Java interaction sum, for JVMs without the Vector API module. */
final class PlainForceKernel implements ForceKernel {
    @Override
    public void sum(float[] xs, float[] ys, float[] zs, float[] weights, int count, int dims, float px, float py,
            float pz, double[] out) {
        float z = 0;
        float fx = 0;
        float fy = 0;
        float fz = 0;
        for (int j = 0; j < count; j++) {
            float dx = px - xs[j];
            float dy = py - ys[j];
            float dz = pz - zs[j];
            float q = 1 / (1 + dx * dx + dy * dy + dz * dz);
            float mq = weights[j] * q;
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
