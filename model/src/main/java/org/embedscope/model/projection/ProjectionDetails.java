package org.embedscope.model.projection;

import java.util.List;

/** What a projection method reports besides the positions. */
public sealed interface ProjectionDetails {
    /**
     * @param explainedVarianceRatio every principal component's share of the variance, largest first
     * @param components             the 1-based components on the map's axes
     */
    record Pca(double[] explainedVarianceRatio, List<Integer> components) implements ProjectionDetails {
    }

    /**
     * @param klDivergence KL(P || Q) of the final map
     * @param learningRate the rate used ("auto" resolved)
     * @param fftIterations the iterations whose repulsion was summed by FFT (the others by Barnes-Hut)
     */
    record Tsne(double klDivergence, int iterations, double learningRate, int fftIterations)
            implements ProjectionDetails {
    }

    /**
     * @param epochs   optimisation epochs run
     * @param spectral whether the map started from the spectral layout (false: from PCA, for a
     *                 disconnected neighbour graph or eigenvectors that did not converge)
     * @param a        the fitted curve 1 / (1 + a d^2b)'s a
     * @param b        and its b
     */
    record Umap(int epochs, boolean spectral, double a, double b) implements ProjectionDetails {
    }

    /** @param axes the axis expressions */
    record CustomAxes(List<String> axes) implements ProjectionDetails {
    }
}
