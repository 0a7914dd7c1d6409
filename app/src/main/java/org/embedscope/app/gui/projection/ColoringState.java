package org.embedscope.app.gui.projection;

/** The colouring inputs: mode, k of k-means, k of faithfulness, and the seed. */
public record ColoringState(ColoringMode mode, int clusters, int neighbours, int seed) {
    public static final ColoringState DEFAULT = new ColoringState(ColoringMode.RANK, 10, 10, 0);
}
