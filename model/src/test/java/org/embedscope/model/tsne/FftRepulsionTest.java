package org.embedscope.model.tsne;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

/** The interpolated repulsion against the exact O(n^2) sums it stands for, and against Barnes-Hut's. */
class FftRepulsionTest {
    /** Exact f_i = sum_j K^2 (y_i - y_j) and Z = sum_{i != j} K, written out as the paper defines them. */
    private static double exact(double[] y, int n, double[] forces) {
        double z = 0;
        for (int i = 0; i < n; i++) {
            double fx = 0;
            double fy = 0;
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                double dx = y[2 * i] - y[2 * j];
                double dy = y[2 * i + 1] - y[2 * j + 1];
                double k = 1 / (1 + dx * dx + dy * dy);
                z += k;
                fx += k * k * dx;
                fy += k * k * dy;
            }
            forces[2 * i] = fx;
            forces[2 * i + 1] = fy;
        }
        return z;
    }

    /** Clusters of points, like a t-SNE map: dense groups and empty space between them. */
    private static double[] map(int n, double spread, long seed) {
        Random random = new Random(seed);
        double[] y = new double[2 * n];
        double[][] centres = new double[12][2];
        for (double[] c : centres) {
            c[0] = (random.nextDouble() - 0.5) * spread;
            c[1] = (random.nextDouble() - 0.5) * spread;
        }
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % centres.length];
            y[2 * i] = c[0] + random.nextGaussian() * spread / 20;
            y[2 * i + 1] = c[1] + random.nextGaussian() * spread / 20;
        }
        return y;
    }

    private static double relativeError(double[] got, double[] want) {
        double diff = 0;
        double norm = 0;
        for (int v = 0; v < want.length; v++) {
            diff += (got[v] - want[v]) * (got[v] - want[v]);
            norm += want[v] * want[v];
        }
        return Math.sqrt(diff / norm);
    }

    @Test
    void forcesAndZAgreeWithTheExactSumsOnSmallAndWideMaps() {
        for (double spread : new double[] {3, 30, 120}) {
            int n = 1500;
            double[] y = map(n, spread, 7);
            double[] want = new double[2 * n];
            double zWant = exact(y, n, want);
            double[] got = new double[2 * n];
            double z = FftRepulsion.repulsion(y, n, got, Progress.NONE);
            // The yardstick: the Barnes-Hut sums (theta 0.5) that t-SNE used so far.
            double[] bh = new double[2 * n];
            double zBh = BarnesHut.repulsion(y, n, 2, 0.5, bh);
            double zError = Math.abs(z - zWant) / zWant;
            double error = relativeError(got, want);
            System.out.printf("map %.0f wide: FFT Z %.2e forces %.2e; Barnes-Hut Z %.2e forces %.2e%n", spread,
                    zError, error, Math.abs(zBh - zWant) / zWant, relativeError(bh, want));
            assertTrue(zError < 1e-3, "Z on a map " + spread + " wide is off by " + zError);
            assertTrue(error < 1e-2, "forces on a map " + spread + " wide are off by " + error);
        }
    }

    @Test
    void twoPointsPushEachOtherApartAsTheKernelSays() {
        // One unit apart: K = 1/2, so each feels K^2 * 1 = 0.25 away from the other, and Z = 2 K = 1.
        double[] y = {0, 0, 1, 0};
        double[] forces = new double[4];
        double z = FftRepulsion.repulsion(y, 2, forces, Progress.NONE);
        assertEquals(1, z, 1e-3);
        assertEquals(-0.25, forces[0], 1e-3);
        assertEquals(0.25, forces[2], 1e-3);
        assertEquals(0, forces[1], 1e-3);
    }

    @Test
    void agreesWithBarnesHutOnALargerMap() {
        int n = 20_000;
        double[] y = map(n, 80, 3);
        double[] bh = new double[2 * n];
        double zBh = BarnesHut.repulsion(y, n, 2, 0.5, bh);
        double[] fft = new double[2 * n];
        double zFft = FftRepulsion.repulsion(y, n, fft, Progress.NONE);
        assertEquals(zBh, zFft, 0.01 * zBh);
        assertTrue(relativeError(fft, bh) < 0.02, "FFT and Barnes-Hut differ by " + relativeError(fft, bh));
    }

    @Test
    void gridsFillTheirPowerOfTwoTransformAndAreCappedOnWideMaps() {
        // 50 boxes of 3 nodes need a 300-wide padded grid, so a 512 transform, which holds 85 boxes
        assertEquals(85, FftRepulsion.boxesFor(3));
        // 399 boxes (two a unit): capped at 1024 nodes, a 2048 transform, which holds 341 boxes
        assertEquals(341, FftRepulsion.boxesFor(199.5));
        assertEquals(FftRepulsion.MAX_FFT_SIZE / 6, FftRepulsion.boxesFor(1e6));
        assertEquals(1024, KernelSpectra.fftSize(512));
        assertEquals(1024, KernelSpectra.fftSize(300));
    }

    @Test
    void sidesSnapToALadderSoThatGridsRepeat() {
        // log2(100.5) * 16 = 106.4, so the rung is 2^(107 / 16) = 103.06
        assertEquals(Math.pow(2, 107 / 16.0), FftRepulsion.ladder(100.5), 1e-9);
        assertEquals(FftRepulsion.ladder(100.2), FftRepulsion.ladder(100.3), 0);
        assertTrue(FftRepulsion.ladder(100.3) >= 100.3);
        assertEquals(1.0, FftRepulsion.ladder(1.0), 1e-12);
    }
}
