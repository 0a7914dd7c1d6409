package org.embedscope.model.simd;

/**
 * Attractive forces of t-SNE for rows {@code [from, to)} of a sparse affinity matrix:
 * {@code forces[i] = sum_j p_ij w_ij (y_i - y_j)} with {@code w_ij = 1 / (1 + |y_i - y_j|^2)}, in
 * float over interleaved float positions {@code y} (dims values per point).
 */
public interface AttractionKernel {
    /** Rows hold a multiple of this many edges, padded with weight-0 self-edges. */
    int QUANTUM = 16;

    /**
     * @param rowStarts row i's edges are {@code [rowStarts[i], rowStarts[i + 1])}
     * @param offsets   per edge, the index in {@code y} of the neighbour's first coordinate
     * @param values    per edge, {@code p_ij}
     */
    void rows(int dims, int[] rowStarts, int[] offsets, float[] values, float[] y, int from, int to, double[] forces);
}
