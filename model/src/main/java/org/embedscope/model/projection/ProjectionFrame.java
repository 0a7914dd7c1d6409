package org.embedscope.model.projection;

/**
 * An intermediate map of a running projection (t-SNE, UMAP: iterations are its epochs), for drawing it while it forms.
 *
 * @param positions    row-major points x dims, in the order of the result's rows; owned by the receiver
 * @param klDivergence as last computed, NaN before the first computation and for UMAP
 */
public record ProjectionFrame(int iteration, int totalIterations, double klDivergence, float[] positions) {
}
