package org.embedscope.app.gui.map;

import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * How the points of one map are coloured and what the colours mean. A colouring is computed for
 * a set of points (the map's rows); it applies to a map only when that map shows the same rows.
 *
 * @param rows   the store rows it colours, in map order
 * @param colors straight-alpha ARGB per row
 * @param title  legend heading, e.g. "8 clusters" (empty: no legend)
 * @param legend one entry per colour class, or a gradient's landmarks
 */
public record MapColoring(int[] rows, int[] colors, String title, List<Entry> legend) {
    public MapColoring {
        legend = List.copyOf(legend);
        if (rows.length != colors.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + colors.length + " colours");
        }
    }

    /** A colour and what it stands for. */
    public record Entry(Color color, String label) {
    }

    /** Whether this colouring was made for exactly the points of the layout. */
    public boolean fits(MapLayout layout) {
        return layout != null && (rows == layout.rows() || Arrays.equals(rows, layout.rows()));
    }

    /** Frequency rank: the store's order is its frequency order. */
    public static MapColoring byRank(int[] rows, int storeSize) {
        return new MapColoring(rows, PointColors.byRank(rows, storeSize), "", List.of());
    }
}
