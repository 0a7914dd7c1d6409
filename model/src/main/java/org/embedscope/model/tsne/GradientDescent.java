package org.embedscope.model.tsne;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.AttractionKernel;
import org.embedscope.model.simd.Simd;

/**
 * The t-SNE optimiser of van der Maaten (and scikit-learn): gradient descent with momentum and
 * per-coordinate adaptive gains. The gradient of KL(P || Q) is
 * {@code 4 (E a_i - f_i / Z)} with E the exaggeration, a_i the attraction and f_i / Z the
 * repulsion, summed by Barnes-Hut or by FFT interpolation.
 */
final class GradientDescent {
    private static final double MIN_GAIN = 0.01;
    private static final int VALUES_PER_CHUNK = 4096;

    private final int n;
    private final int dims;
    private final double theta;
    private final TsneOptions.Repulsion method;
    /** Null when every step uses Barnes-Hut. */
    private final FftRepulsion fft;
    private int fftSteps;
    final double[] y;
    private final float[] floatY;
    private final EdgeBlocks edges;
    private final AttractionKernel attractionKernel = Simd.kernels().attraction();
    private final double[] update;
    private final double[] gains;
    private final double[] attraction;
    private final double[] repulsion;
    private final double entropyTerm;

    /**
     * @param repulsion FFT (2D only) or BARNES_HUT for every step, or AUTO: FFT for 2D maps of at least
     *                  {@link TsneOptions.Repulsion#FFT_FROM} points while they are narrow, Barnes-Hut otherwise
     */
    GradientDescent(SparseMatrix p, double[] initial, int dims, double theta, TsneOptions.Repulsion repulsion) {
        if (repulsion == TsneOptions.Repulsion.FFT && dims != 2) {
            throw new IllegalArgumentException("FFT repulsion is for 2D maps, not " + dims + "D");
        }
        this.n = p.n();
        this.dims = dims;
        this.theta = theta;
        this.method = repulsion.resolve(n, dims);
        this.fft = method == TsneOptions.Repulsion.BARNES_HUT ? null : new FftRepulsion();
        this.y = initial;
        this.floatY = new float[initial.length];
        this.edges = EdgeBlocks.of(p, dims);
        this.update = new double[initial.length];
        this.gains = new double[initial.length];
        this.attraction = new double[initial.length];
        this.repulsion = new double[initial.length];
        this.entropyTerm = Attraction.entropyTerm(edges);
        resetMomentum();
    }

    /** scikit-learn restarts the update and the gains when the exaggeration phase ends. */
    void resetMomentum() {
        java.util.Arrays.fill(update, 0);
        java.util.Arrays.fill(gains, 1);
    }

    /**
     * One step; returns KL(P || Q) of the map before the step when {@code withKl} is set, NaN
     * otherwise. A cancel is noticed while the forces are summed, before the map changes.
     */
    double step(double exaggeration, double momentum, double learningRate, boolean withKl, Progress progress) {
        for (int v = 0; v < y.length; v++) {
            floatY[v] = (float) y[v];
        }
        double logTerm = withKl ? Attraction.logTerm(edges, y) : 0;
        Attraction.forces(edges, floatY, attraction, attractionKernel, progress);
        boolean byFft = fft != null && (method == TsneOptions.Repulsion.FFT
                || FftRepulsion.width(y, n) <= FftRepulsion.AUTO_MAX_WIDTH);
        double z = byFft ? fft.sum(y, n, repulsion, progress)
                : BarnesHut.repulsion(y, n, dims, theta, repulsion, progress);
        if (byFft) {
            fftSteps++;
        }
        double inverseZ = z > 0 ? 1 / z : 0;
        ParallelFor.chunks(y.length, VALUES_PER_CHUNK, c -> {
            int end = Math.min(y.length, (c + 1) * VALUES_PER_CHUNK);
            for (int v = c * VALUES_PER_CHUNK; v < end; v++) {
                double grad = 4 * (exaggeration * attraction[v] - repulsion[v] * inverseZ);
                double gain = update[v] * grad < 0 ? gains[v] + 0.2 : gains[v] * 0.8;
                gain = Math.max(gain, MIN_GAIN);
                gains[v] = gain;
                update[v] = momentum * update[v] - learningRate * gain * grad;
                y[v] += update[v];
            }
        });
        return withKl ? entropyTerm - logTerm + Math.log(z) : Double.NaN;
    }

    /** Steps whose repulsion was summed by FFT interpolation. */
    int fftSteps() {
        return fftSteps;
    }

    float[] snapshot() {
        float[] copy = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            copy[i] = (float) y[i];
        }
        return copy;
    }
}
