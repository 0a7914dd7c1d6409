package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BarnesHutTest {
    @Test
    void handComputedTwoPoints() {
        // Points at (0,0) and (1,0): w = 1/2, z = 2 * 1/2, f_0 = w^2 * (0 - 1) = -1/4.
        double[] y = {0, 0, 1, 0};
        double[] f = new double[4];
        double z = BarnesHut.repulsion(y, 2, 2, 0.5, f);
        assertEquals(1, z, 1e-6);
        assertEquals(-0.25, f[0], 1e-6);
        assertEquals(0.25, f[2], 1e-6);
        assertEquals(0, f[1], 1e-6);
    }

    @Test
    void thetaZeroIsExactAndHalfIsClose() {
        for (int dims = 2; dims <= 3; dims++) {
            int n = 2000;
            double[] y = clustered(n, dims, 5);
            double[] exact = new double[n * dims];
            double zExact = exact(y, n, dims, exact);
            double[] f0 = new double[n * dims];
            double z0 = BarnesHut.repulsion(y, n, dims, 0, f0);
            assertEquals(zExact, z0, 1e-5 * zExact);
            assertTrue(relativeError(exact, f0) < 1e-5, "theta 0, " + dims + "D: " + relativeError(exact, f0));
            double[] f5 = new double[n * dims];
            double z5 = BarnesHut.repulsion(y, n, dims, 0.5, f5);
            assertEquals(zExact, z5, 0.01 * zExact);
            assertTrue(relativeError(exact, f5) < 0.02, "theta 0.5, " + dims + "D: " + relativeError(exact, f5));
        }
    }

    @Test
    void coincidentPointsDoNotBreakTheTree() {
        int n = 100;
        double[] y = new double[n * 2];
        y[2 * 99] = 3;
        double[] f = new double[n * 2];
        double z = BarnesHut.repulsion(y, n, 2, 0.5, f);
        // 99 points at the origin see each other at distance 0 (w = 1) and the last one at 3.
        assertEquals(99 * 98 + 2 * 99 * 0.1, z, 1e-3);
        assertEquals(99 * 0.01 * 3, f[2 * 99], 1e-4);
    }

    static double[] clustered(int n, int dims, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n * dims];
        for (int i = 0; i < n; i++) {
            double centre = (i % 4) * 15.0;
            for (int d = 0; d < dims; d++) {
                y[i * dims + d] = centre + random.nextDouble(-4, 4) * random.nextDouble();
            }
        }
        return y;
    }

    static double exact(double[] y, int n, int dims, double[] forces) {
        double z = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double d2 = 0;
                for (int d = 0; d < dims; d++) {
                    double diff = y[i * dims + d] - y[j * dims + d];
                    d2 += diff * diff;
                }
                double w = 1 / (1 + d2);
                z += w;
                for (int d = 0; d < dims; d++) {
                    forces[i * dims + d] += w * w * (y[i * dims + d] - y[j * dims + d]);
                }
            }
        }
        return z;
    }

    static double relativeError(double[] expected, double[] actual) {
        double err = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            err += (expected[i] - actual[i]) * (expected[i] - actual[i]);
            norm += expected[i] * expected[i];
        }
        return Math.sqrt(err / norm);
    }
}
