package org.embedscope.model.tsne;

import org.embedscope.model.Progress;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Repulsive t-SNE forces of a 2D map by interpolation on a grid and FFT convolution, after Linderman
 * et al. 2019 ("Fast interpolation-based t-SNE"). With K(d) = 1 / (1 + |d|^2) the gradient needs
 * {@code f_i = sum_j K(y_i - y_j)^2 (y_i - y_j)} and {@code Z = sum_{i != j} K(y_i - y_j)}. Both
 * are sums over all points of a kernel of the difference alone, so each is one convolution of the
 * points (all of charge 1) with a kernel: K for Z, and the odd kernels d_x K(d)^2 and d_y K(d)^2 for
 * the two force components. Convolving with the force kernels directly, rather than forming
 * {@code y_i sum K^2 - sum K^2 y_j}, avoids subtracting large near-equal numbers, which on a map a
 * hundred units wide cost several percent of the force.
 *
 * <p>The map's square is cut into boxes of about one unit (at least {@link #MIN_BOXES} a side), each
 * with {@link #NODES_PER_BOX} equispaced nodes a side. Points are spread to the nodes of their box by
 * Lagrange interpolation, the node grid is convolved with each kernel by FFT (a Toeplitz product,
 * zero-padded to twice the grid), and the sums are interpolated back. The cost grows with the points
 * plus the grid, not with the points squared. Every step is in a fixed order, so results never depend
 * on thread timing.
 */
final class FftRepulsion {
    static final int NODES_PER_BOX = 3;
    static final int MIN_BOXES = 50;
    /** Boxes a side are a product of 2, 3 and 5 (fast FFT sizes) and at most this many. */
    static final int MAX_BOXES = 400;
    private static final double BOXES_PER_UNIT = 2;

    private FftRepulsion() {
    }

    /** A kernel of the offset between two nodes, in node spacings. */
    private interface Kernel {
        double at(int du, int dv, double spacing);
    }

    private static final Kernel CAUCHY = (du, dv, s) -> 1 / (1 + (double) (du * du + dv * dv) * s * s);
    private static final Kernel FORCE_X = (du, dv, s) -> {
        double k = CAUCHY.at(du, dv, s);
        return du * s * k * k;
    };
    private static final Kernel FORCE_Y = (du, dv, s) -> {
        double k = CAUCHY.at(du, dv, s);
        return dv * s * k * k;
    };

    /** Writes the unnormalised repulsion of every point into {@code forces} (n x 2) and returns Z. */
    static double repulsion(double[] y, int n, double[] forces, Progress progress) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, y[2 * i]);
            maxX = Math.max(maxX, y[2 * i]);
            minY = Math.min(minY, y[2 * i + 1]);
            maxY = Math.max(maxY, y[2 * i + 1]);
        }
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-6) * (1 + 1e-9);
        int boxes = fastSize((int) Math.ceil(side * BOXES_PER_UNIT));
        InterpolationGrid grid = new InterpolationGrid(minX, minY, side, boxes, NODES_PER_BOX);
        int m = grid.nodes();
        grid.locate(y, n);
        double[] charges = grid.spread(n);
        progress.checkCancelled();
        Convolution convolution = new Convolution(charges, m, grid.spacing());
        double[][] potentials = new double[3][];
        Kernel[] kernels = {FORCE_X, FORCE_Y, CAUCHY};
        for (int c = 0; c < kernels.length; c++) {
            progress.checkCancelled();
            potentials[c] = convolution.with(kernels[c]);
        }
        double[][] sums = grid.gather(n, potentials);
        double z = 0;
        for (int i = 0; i < n; i++) {
            forces[2 * i] = sums[0][i];
            forces[2 * i + 1] = sums[1][i];
            z += sums[2][i];
        }
        // Each point's own term: K(0) = 1, and zero force.
        return z - n;
    }

    /** The smallest product of 2, 3 and 5 that is at least {@code boxes}, within [MIN_BOXES, MAX_BOXES]. */
    static int fastSize(int boxes) {
        int wanted = Math.max(MIN_BOXES, Math.min(MAX_BOXES, boxes));
        for (int size = wanted; ; size++) {
            int rest = size;
            for (int f : new int[] {2, 3, 5}) {
                while (rest % f == 0) {
                    rest /= f;
                }
            }
            if (rest == 1) {
                return size;
            }
        }
    }

    /** The node charges' FFT, computed once, convolved with one kernel after another. */
    private static final class Convolution {
        private final int m;
        private final int size;
        private final double spacing;
        private final DoubleFFT_2D fft;
        private final double[] chargesHat;

        Convolution(double[] charges, int m, double spacing) {
            this.m = m;
            this.size = 2 * m;
            this.spacing = spacing;
            this.fft = new DoubleFFT_2D(size, size);
            chargesHat = new double[2 * size * size];
            for (int a = 0; a < m; a++) {
                System.arraycopy(charges, a * m, chargesHat, a * size, m);
            }
            fft.realForwardFull(chargesHat);
        }

        /** The potential at every node: the sum over nodes of charge times the kernel of their offset. */
        double[] with(Kernel kernel) {
            double[] work = new double[2 * size * size];
            // The kernel on the circulant grid: offsets 0..m-1 then -(m-1)..-1; the middle row and column unused.
            for (int u = 0; u < size; u++) {
                int du = u < m ? u : u - size;
                for (int v = 0; v < size; v++) {
                    int dv = v < m ? v : v - size;
                    // The sum is over j of K(y_i - y_j): node i's offset from node j.
                    work[u * size + v] = u == m || v == m ? 0 : kernel.at(du, dv, spacing);
                }
            }
            fft.realForwardFull(work);
            for (int e = 0; e < size * size; e++) {
                double re = chargesHat[2 * e];
                double im = chargesHat[2 * e + 1];
                double kr = work[2 * e];
                double ki = work[2 * e + 1];
                work[2 * e] = re * kr - im * ki;
                work[2 * e + 1] = re * ki + im * kr;
            }
            fft.complexInverse(work, true);
            double[] potential = new double[m * m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    potential[a * m + b] = work[2 * (a * size + b)];
                }
            }
            return potential;
        }
    }
}
