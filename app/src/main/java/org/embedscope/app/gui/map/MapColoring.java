package org.embedscope.app.gui.map;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * How the map's points are coloured and what the colours mean.
 *
 * @param colors  straight-alpha ARGB per word
 * @param title   legend heading, e.g. "8 clusters" (empty: no legend)
 * @param legend  one entry per colour class, or a gradient's two ends
 */
public record MapColoring(int[] colors, String title, List<Entry> legend) {
    public MapColoring {
        legend = List.copyOf(legend);
    }

    /** A colour and what it stands for. */
    public record Entry(Color color, String label) {
    }

    public static MapColoring byRank(int count) {
        return new MapColoring(PointColors.byRank(count), "", List.of());
    }
}
