package org.embedscope.app.gui.projection;

/**
 * The map's look: colouring mode, k of k-means, k of faithfulness, the seed and the metadata column
 * to colour by; the column to label by (empty: words), how many labels to show, and the points' radius.
 */
public record ColoringState(ColoringMode mode, int clusters, int neighbours, int seed, String column,
        String labelColumn, int labels, int pointSize) {
    public static final ColoringState DEFAULT = new ColoringState(ColoringMode.RANK, 10, 10, 0, "", "",
            org.embedscope.app.gui.map.MapViewModel.DEFAULT_LABELS, 1);
}
