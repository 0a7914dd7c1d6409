package org.embedscope.model.linalg;

/**
 * The dense float kernels behind covariance, nearest-neighbour scans and k-means: a small matrix
 * product accumulated into {@code c}, and a dot product of padded rows. One implementation uses
 * the Vector API, the other plain Java for JVMs without that module; they agree to float rounding.
 */
public interface FloatKernel {
    /** Columns of {@code b} and {@code c} are processed in multiples of this many floats. */
    int COLUMN_QUANTUM = 16;

    /**
     * {@code c[cOff + i*cRow + j] += sum_p a[aOff + i*aRow + p*aCol] * b[bOff + p*bRow + j]}
     * for {@code i < m}, {@code j < n}, {@code p < depth}, each sum in increasing {@code p}.
     *
     * @param n a multiple of {@link #COLUMN_QUANTUM}
     */
    void multiplyAdd(int m, int n, int depth,
                     float[] a, int aOff, int aRow, int aCol,
                     float[] b, int bOff, int bRow,
                     float[] c, int cOff, int cRow);

    /** The dot product of two rows of {@code length} floats, a multiple of {@link #COLUMN_QUANTUM}. */
    float dot(float[] a, int aOff, float[] b, int bOff, int length);

    /** Rounds a row length up to a multiple of {@link #COLUMN_QUANTUM}. */
    static int padded(int length) {
        return (length + COLUMN_QUANTUM - 1) / COLUMN_QUANTUM * COLUMN_QUANTUM;
    }

    /** The fastest implementation this JVM can run: SIMD with the Vector API module, else plain Java. */
    static FloatKernel best() {
        return FloatKernels.BEST;
    }

    static FloatKernel plain() {
        return FloatKernels.PLAIN;
    }

    /**
     * Readies {@link #best()} (including the JIT warm-up of the SIMD kernel, a few tenths of a
     * second) on a daemon thread, so that it overlaps with loading a file; callers of
     * {@link #best()} meanwhile simply wait for it.
     */
    static void prepareInBackground() {
        Thread thread = new Thread(FloatKernel::best, "embedscope-kernel-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
