package org.embedscope.model.simd;

/**
 * The dense float kernels behind covariance, nearest-neighbour scans and k-means: a small matrix
 * product accumulated into {@code c}, and a dot product of padded rows. One implementation uses
 * the Vector API, the other plain Java (see {@link Simd}); they agree to float rounding.
 */
public interface MatrixKernel {
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
}
