package org.embedscope.model.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TsneKernelsTest {
    @Test
    void forceKernelsAgreeWithADoublePrecisionSum() {
        SplittableRandom random = new SplittableRandom(2);
        for (int dims = 2; dims <= 3; dims++) {
            int count = 48; // 37 terms and weight-0 padding
            float[] x = new float[count];
            float[] y = new float[count];
            float[] z = new float[count];
            float[] w = new float[count];
            for (int i = 0; i < 37; i++) {
                x[i] = (float) random.nextDouble(-5, 5);
                y[i] = (float) random.nextDouble(-5, 5);
                z[i] = dims == 3 ? (float) random.nextDouble(-5, 5) : 0;
                w[i] = 1 + random.nextInt(4);
            }
            float px = 0.5f;
            float py = -1f;
            float pz = dims == 3 ? 2f : 0f;
            double[] expected = new double[4];
            for (int j = 0; j < count; j++) {
                double dx = px - x[j];
                double dy = py - y[j];
                double dz = pz - z[j];
                double q = 1 / (1 + dx * dx + dy * dy + dz * dz);
                expected[0] += w[j] * q;
                expected[1] += w[j] * q * q * dx;
                expected[2] += w[j] * q * q * dy;
                expected[3] += w[j] * q * q * dz;
            }
            for (ForceKernel kernel : new ForceKernel[] {Simd.plain().forces(), Simd.kernels().forces()}) {
                double[] out = new double[4];
                kernel.sum(x, y, z, w, count, dims, px, py, pz, out);
                assertArrayEquals(expected, out, 1e-5, kernel.getClass().getSimpleName() + " in " + dims + "D");
            }
        }
    }

    @Test
    void attractionKernelsAgreeWithAHandComputedEdge() {
        // Two points (0,0) and (1,1) with p = 0.5 each way: w = 1/3, a_0 = 0.5 * (1/3) * (-1, -1).
        // Each row is padded to a whole quantum with weight-0 self-edges.
        int q = AttractionKernel.QUANTUM;
        int[] rowStarts = {0, q, 2 * q};
        int[] offsets = new int[2 * q];
        float[] values = new float[2 * q];
        for (int e = 0; e < q; e++) {
            offsets[e] = e == 0 ? 2 : 0;
            offsets[q + e] = e == 0 ? 0 : 2;
        }
        values[0] = 0.5f;
        values[q] = 0.5f;
        float[] y = {0, 0, 1, 1};
        for (AttractionKernel kernel : new AttractionKernel[] {Simd.plain().attraction(), Simd.kernels().attraction()}) {
            double[] forces = new double[4];
            kernel.rows(2, rowStarts, offsets, values, y, 0, 2, forces);
            assertArrayEquals(new double[] {-1 / 6.0, -1 / 6.0, 1 / 6.0, 1 / 6.0}, forces, 1e-7,
                    kernel.getClass().getSimpleName());
        }
    }
}
