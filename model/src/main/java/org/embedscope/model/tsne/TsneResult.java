package org.embedscope.model.tsne;

/**
 * A finished t-SNE map.
 *
 * @param positions    row-major n x dims, rows in input order
 * @param klDivergence KL(P || Q) of the final map (Q approximated as in the optimisation)
 * @param fftIterations of the iterations, those whose repulsion was summed by FFT interpolation
 *                      (the others by Barnes-Hut)
 */
public record TsneResult(int points, int dims, float[] positions, double klDivergence, int iterations,
                         int fftIterations) {
}
