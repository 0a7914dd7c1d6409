package org.embedscope.model.simd;

/**
 * Sums one point's Student-t interactions for t-SNE's repulsion: with {@code q_j = 1 / (1 + |p - t_j|^2)}
 * for the terms {@code t_j = (x[j], y[j], z[j])} (z all 0 in 2D) and their weights {@code w_j},
 * {@code out[0] = sum w_j q_j} and {@code out[1 + d] = sum w_j q_j^2 (p - t_j)_d}.
 */
public interface ForceKernel {
    /** Term lists are padded with weight-0 terms to a multiple of this many entries. */
    int QUANTUM = 16;

    /**
     * @param count the number of terms, a multiple of {@link #QUANTUM}
     * @param dims  2 or 3; in 2D {@code z} and {@code pz} are ignored and {@code out[3]} is 0
     */
    void sum(float[] x, float[] y, float[] z, float[] weight, int count, int dims, float px, float py, float pz,
            double[] out);
}
