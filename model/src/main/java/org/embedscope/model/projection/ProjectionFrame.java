package org.embedscope.model.projection;

/**
 * An intermediate map of a running projection (t-SNE), for drawing it while it forms.
 *
 * @param positions    row-major points x dims, in the order of the result's rows; owned by the receiver
 * @param klDivergence as last computed, NaN before the first computation
 */
public record ProjectionFrame(int iteration, int totalIterations, double klDivergence, float[] positions) {
}
