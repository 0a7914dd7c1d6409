package org.embedscope.model.simd;

/** Plain-Java attraction kernel, for JVMs without the Vector API module. */
final class PlainAttractionKernel implements AttractionKernel {
    @Override
    public void rows(int dims, int[] rowStarts, int[] offsets, float[] values, float[] y, int from, int to,
            double[] forces) {
        for (int i = from; i < to; i++) {
            float xi = y[i * dims];
            float yi = y[i * dims + 1];
            float zi = dims == 3 ? y[i * dims + 2] : 0;
            float fx = 0;
            float fy = 0;
            float fz = 0;
            for (int e = rowStarts[i]; e < rowStarts[i + 1]; e++) {
                int o = offsets[e];
                float dx = xi - y[o];
                float dy = yi - y[o + 1];
                float dz = dims == 3 ? zi - y[o + 2] : 0;
                float pw = values[e] / (1 + dx * dx + dy * dy + dz * dz);
                fx += pw * dx;
                fy += pw * dy;
                fz += pw * dz;
            }
            forces[i * dims] = fx;
            forces[i * dims + 1] = fy;
            if (dims == 3) {
                forces[i * dims + 2] = fz;
            }
        }
    }
}
