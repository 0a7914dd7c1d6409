package org.embedscope.model.tsne;

import org.embedscope.model.Progress;

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
 * <p>The map's square is cut into boxes of half a unit (at least {@link #MIN_BOXES} a side, and no
 * more than a {@link #MAX_FFT_SIZE} transform holds), each with {@link #NODES_PER_BOX} equispaced nodes
 * a side. Points are spread to the nodes of their box by Lagrange interpolation, the node grid is
 * convolved with each kernel by FFT (a Toeplitz product, zero-padded to a power of two at least twice
 * the grid), and the sums are interpolated back. The cost grows with the points
 * plus the grid, not with the points squared. Every step is in a fixed order, so results never depend
 * on thread timing.
 *
 * <p>The square's side is rounded up to a step of a geometric ladder, so that the grid (its number of
 * boxes and node spacing) stays the same from one iteration to the next while the map grows slowly,
 * and the kernels' transforms are reused ({@link KernelSpectra}). The grid depends on the map alone,
 * never on earlier calls, so a result does not depend on what was computed before.
 */
final class FftRepulsion {
    static final int NODES_PER_BOX = 3;
    static final int MIN_BOXES = 50;
    /** The largest transform side: it caps the grid's memory and time on the widest maps. */
    static final int MAX_FFT_SIZE = 2048;
    /**
     * The widest map on which the automatic choice uses the FFT: its grid then has at least two boxes
     * a unit in a transform of at most 1024 a side. On wider maps the grid's cost, which grows with
     * the map's area, overtakes Barnes-Hut's, which does not.
     */
    static final double AUTO_MAX_WIDTH = 80;
    private static final double BOXES_PER_UNIT = 2;
    /** Sides are rounded up to 2^(s / SIDE_STEPS) for a whole s: about 4.4% apart. */
    private static final double SIDE_STEPS = 16;

    private KernelSpectra spectra;

    /** Writes the unnormalised repulsion of every point into {@code forces} (n x 2) and returns Z. */
    static double repulsion(double[] y, int n, double[] forces, Progress progress) {
        return new FftRepulsion().sum(y, n, forces, progress);
    }

    /** The bytes the grid of the widest map may hold, for memory estimates. */
    static long maxGridBytes() {
        return KernelSpectra.bytesFor(boxesFor(Double.MAX_VALUE) * NODES_PER_BOX);
    }

    /** The larger side of the points' bounding box. */
    static double width(double[] y, int n) {
        double[] box = bounds(y, n);
        return Math.max(box[2] - box[0], box[3] - box[1]);
    }

    /** The points' bounding box: {minX, minY, maxX, maxY}. */
    private static double[] bounds(double[] y, int n) {
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
        return new double[] {minX, minY, maxX, maxY};
    }

    /** As {@link #repulsion}, reusing the kernels' transforms of the previous call when the grid is the same. */
    double sum(double[] y, int n, double[] forces, Progress progress) {
        double[] box = bounds(y, n);
        double side = ladder(Math.max(Math.max(box[2] - box[0], box[3] - box[1]), 1e-6) * (1 + 1e-9));
        int boxes = boxesFor(side);
        InterpolationGrid grid = new InterpolationGrid(box[0], box[1], side, boxes, NODES_PER_BOX);
        int m = grid.nodes();
        if (spectra == null || spectra.m != m || spectra.spacing != grid.spacing()) {
            spectra = null;
            spectra = new KernelSpectra(m, grid.spacing());
        }
        grid.locate(y, n);
        double[] charges = grid.spread(n);
        progress.checkCancelled();
        double[][] sums = grid.gather(n, spectra.convolve(charges));
        double z = 0;
        for (int i = 0; i < n; i++) {
            forces[2 * i] = sums[0][i];
            forces[2 * i + 1] = sums[1][i];
            z += sums[2][i];
        }
        // Each point's own term: K(0) = 1, and zero force.
        return z - n;
    }

    /** The smallest rung 2^(s / SIDE_STEPS) at least {@code side}. */
    static double ladder(double side) {
        return Math.pow(2, Math.ceil(Math.log(side) / Math.log(2) * SIDE_STEPS) / SIDE_STEPS);
    }

    /**
     * Boxes a side for a square of this side: at least one a unit and MIN_BOXES, then as many more as
     * the power-of-two transform they need holds anyway, up to MAX_FFT_SIZE.
     */
    static int boxesFor(double side) {
        double wanted = Math.max(MIN_BOXES, Math.ceil(side * BOXES_PER_UNIT));
        int nodes = (int) Math.min(MAX_FFT_SIZE / 2, wanted * NODES_PER_BOX);
        return Math.min(MAX_FFT_SIZE, KernelSpectra.fftSize(nodes)) / 2 / NODES_PER_BOX;
    }
}
