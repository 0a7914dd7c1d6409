package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
    @Test
    void handComputedThreeByThree() {
        // [[2,1,0],[1,2,0],[0,0,5]]: eigenvalues 5, 3, 1 with vectors e3, (1,1)/sqrt2, (1,-1)/sqrt2.
        double[] m = {2, 1, 0, 1, 2, 0, 0, 0, 5};
        SymmetricEigen e = SymmetricEigen.of(m, 3);
        assertArrayEquals(new double[] {5, 3, 1}, e.values, 1e-12);
        assertEquals(1, Math.abs(e.vectors[2 * 3]), 1e-12);
        assertEquals(Math.abs(e.vectors[1]), Math.abs(e.vectors[3 + 1]), 1e-12);
        assertEquals(-e.vectors[2], e.vectors[3 + 2], 1e-12);
    }

    @Test
    void decomposesRandomSymmetricMatricesExactly() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {1, 2, 5, 40, 120}) {
            double[] m = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    double v = random.nextDouble(-1, 1);
                    m[i * n + j] = v;
                    m[j * n + i] = v;
                }
            }
            SymmetricEigen e = SymmetricEigen.of(m, n);
            double trace = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                trace += m[i * n + i];
                sum += e.values[i];
                if (i > 0) {
                    assertEquals(true, e.values[i] <= e.values[i - 1], "sorted");
                }
            }
            assertEquals(trace, sum, 1e-10);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double av = 0;
                    for (int k = 0; k < n; k++) {
                        av += m[i * n + k] * e.vectors[k * n + j];
                    }
                    assertEquals(e.values[j] * e.vectors[i * n + j], av, 1e-10, "A v = lambda v");
                }
                for (int j2 = 0; j2 < n; j2++) {
                    double dot = 0;
                    for (int k = 0; k < n; k++) {
                        dot += e.vectors[k * n + j] * e.vectors[k * n + j2];
                    }
                    assertEquals(j == j2 ? 1 : 0, dot, 1e-10, "orthonormal");
                }
            }
        }
    }

    @Test
    void repeatedEigenvaluesAndDiagonalInput() {
        double[] m = {4, 0, 0, 0, 4, 0, 0, 0, 1};
        SymmetricEigen e = SymmetricEigen.of(m, 3);
        assertArrayEquals(new double[] {4, 4, 1}, e.values, 1e-12);
    }

    /** A scatter of 10 points in 100 dimensions has 90 zero eigenvalues; the iteration must still converge. */
    @Test
    void rankDeficientScatterConverges() {
        int n = 100;
        java.util.Random random = new java.util.Random(3);
        double[] m = new double[n * n];
        double[][] points = new double[10][n];
        for (double[] p : points) {
            for (int i = 0; i < n; i++) {
                p[i] = random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i * n + j] += p[i] * p[j];
                }
            }
        }
        SymmetricEigen e = SymmetricEigen.of(m, n);
        for (int k = 10; k < n; k++) {
            assertEquals(0, e.values[k], 1e-9 * e.values[0]);
        }
        for (int k = 0; k < 10; k++) {
            // M v = lambda v for the non-zero eigenpairs.
            for (int i = 0; i < n; i++) {
                double mv = 0;
                for (int j = 0; j < n; j++) {
                    mv += m[i * n + j] * e.vectors[j * n + k];
                }
                assertEquals(e.values[k] * e.vectors[i * n + k], mv, 1e-9 * e.values[0]);
            }
        }
    }

    @Test
    void lowRankMatricesConverge() {
        // h1 h1^T + h2 h2^T in 100 dimensions (the scatter of a few word pairs has this shape): 98
        // eigenvalues are zero up to rounding, which no relative test alone can ever call converged.
        int n = 100;
        SplittableRandom random = new SplittableRandom(0);
        double[][] h = new double[2][n];
        double[] m = new double[n * n];
        for (double[] column : h) {
            for (int i = 0; i < n; i++) {
                column[i] = (float) random.nextGaussian();
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    m[i * n + j] += column[i] * column[j];
                }
            }
        }
        SymmetricEigen e = SymmetricEigen.of(m, n);
        // The two non-zero eigenvalues are those of the 2 x 2 Gram matrix [[h1.h1, h1.h2], [h1.h2, h2.h2]].
        double a = dot(h[0], h[0]);
        double b = dot(h[0], h[1]);
        double c = dot(h[1], h[1]);
        double root = Math.sqrt((a - c) * (a - c) / 4 + b * b);
        assertEquals((a + c) / 2 + root, e.values[0], 1e-9);
        assertEquals((a + c) / 2 - root, e.values[1], 1e-9);
        for (int k = 2; k < n; k++) {
            assertEquals(0, e.values[k], 1e-9);
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
