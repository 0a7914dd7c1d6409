package org.embedscope.model.simd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatrixKernelTest {
    @Test
    void handComputedProductAddsToC() {
        // a = [[1, 2], [3, 4]] (row-major), b = 2 x 16 with b[0][j] = j, b[1][j] = 1; c starts at 10.
        float[] a = {1, 2, 3, 4};
        float[] b = new float[32];
        for (int j = 0; j < 16; j++) {
            b[j] = j;
            b[16 + j] = 1;
        }
        for (MatrixKernel kernel : new MatrixKernel[] {Simd.plain().matrix(), Simd.kernels().matrix()}) {
            float[] c = new float[32];
            java.util.Arrays.fill(c, 10);
            kernel.multiplyAdd(2, 16, 2, a, 0, 2, 1, b, 0, 16, c, 0, 16);
            for (int j = 0; j < 16; j++) {
                assertEquals(10 + j + 2, c[j], 0, kernel.getClass().getSimpleName());
                assertEquals(10 + 3 * j + 4, c[16 + j], 0);
            }
        }
    }

    @Test
    void bothKernelsMatchADoublePrecisionProductOnOddShapes() {
        SplittableRandom random = new SplittableRandom(7);
        // Odd row counts and a transposed a (aRow = 1) exercise every tile and tail path.
        int m = 11;
        int n = 80;
        int depth = 37;
        float[] a = new float[depth * m];
        float[] b = new float[depth * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextDouble(-1, 1);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextDouble(-1, 1);
        }
        float[] expected = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < depth; p++) {
                    sum += (double) a[p * m + i] * b[p * n + j];
                }
                expected[i * n + j] = (float) sum;
            }
        }
        float[] plain = new float[m * n];
        float[] best = new float[m * n];
        Simd.plain().matrix().multiplyAdd(m, n, depth, a, 0, 1, m, b, 0, n, plain, 0, n);
        Simd.kernels().matrix().multiplyAdd(m, n, depth, a, 0, 1, m, b, 0, n, best, 0, n);
        assertArrayEquals(expected, plain, 1e-5f);
        assertArrayEquals(expected, best, 1e-5f);
    }
}
