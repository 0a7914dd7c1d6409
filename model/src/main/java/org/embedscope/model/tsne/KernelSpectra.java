package org.embedscope.model.tsne;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The Fourier transforms of the t-SNE kernels on one node grid (m x m nodes of a given spacing,
 * zero-padded to a power of two at least 2m a side, so that the circular convolution is the plain
 * one and the FFT takes its fastest path), and the work arrays to
 * convolve node charges with them. Building one costs two FFTs; {@link FftRepulsion} keeps it while
 * the grid keeps its size, so an iteration costs only the charges' FFT and two inverse FFTs.
 *
 * <p>The two force kernels d_x K^2 and d_y K^2 are real, so they travel as one complex kernel
 * d_x K^2 + i d_y K^2: convolving the real charges with it gives the x potential in the real part
 * and the y potential in the imaginary part of one inverse transform.
 */
final class KernelSpectra {
    final int m;
    final double spacing;
    private final int size;
    private final DoubleFFT_2D fft;
    private final double[] forceHat;
    private final double[] cauchyHat;
    private final double[] charges;
    private final double[] forceWork;

    KernelSpectra(int m, double spacing) {
        this.m = m;
        this.spacing = spacing;
        this.size = fftSize(m);
        this.fft = new DoubleFFT_2D(size, size);
        forceHat = new double[2 * size * size];
        cauchyHat = new double[2 * size * size];
        for (int u = 0; u < size; u++) {
            // Offsets 0..m-1 at the start, -(m-1)..-1 at the end of the circulant grid, zeros between.
            int du = u < m ? u : u - size;
            if (-du >= m) {
                continue;
            }
            for (int v = 0; v < size; v++) {
                int dv = v < m ? v : v - size;
                if (-dv >= m) {
                    continue;
                }
                double k = 1 / (1 + (double) (du * du + dv * dv) * spacing * spacing);
                int e = u * size + v;
                forceHat[2 * e] = du * spacing * k * k;
                forceHat[2 * e + 1] = dv * spacing * k * k;
                cauchyHat[e] = k;
            }
        }
        fft.complexForward(forceHat);
        fft.realForwardFull(cauchyHat);
        charges = new double[2 * size * size];
        forceWork = new double[2 * size * size];
    }

    /** The transform's side for m x m nodes: the smallest power of two of at least 2m. */
    static int fftSize(int m) {
        return Integer.highestOneBit(2 * m - 1) << 1;
    }

    /** The bytes one grid of m x m nodes holds: four complex arrays of the transform's size. */
    static long bytesFor(int m) {
        long size = fftSize(m);
        return 4L * 2 * size * size * Double.BYTES;
    }

    /**
     * Convolves the node charges (m x m, row-major) with the three kernels; returns the x force, y
     * force and Cauchy potentials at every node, in that order.
     */
    double[][] convolve(double[] nodeCharges) {
        java.util.Arrays.fill(charges, 0);
        for (int a = 0; a < m; a++) {
            System.arraycopy(nodeCharges, a * m, charges, a * size, m);
        }
        fft.realForwardFull(charges);
        for (int e = 0; e < size * size; e++) {
            double re = charges[2 * e];
            double im = charges[2 * e + 1];
            double fr = forceHat[2 * e];
            double fi = forceHat[2 * e + 1];
            forceWork[2 * e] = re * fr - im * fi;
            forceWork[2 * e + 1] = re * fi + im * fr;
            double cr = cauchyHat[2 * e];
            double ci = cauchyHat[2 * e + 1];
            charges[2 * e] = re * cr - im * ci;
            charges[2 * e + 1] = re * ci + im * cr;
        }
        fft.complexInverse(forceWork, true);
        fft.complexInverse(charges, true);
        double[][] potentials = new double[3][m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                int e = a * size + b;
                potentials[0][a * m + b] = forceWork[2 * e];
                potentials[1][a * m + b] = forceWork[2 * e + 1];
                potentials[2][a * m + b] = charges[2 * e];
            }
        }
        return potentials;
    }
}
