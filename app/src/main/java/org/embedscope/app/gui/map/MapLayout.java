package org.embedscope.app.gui.map;

import java.util.List;

/**
 * The words on the map, where they are, and how they were placed.
 *
 * @param rows      the store rows on the map, in map order: point {@code p} is word {@code rows[p]}
 * @param positions row-major {@code rows.length x dims}
 * @param title     what the map shows, e.g. "PCA"
 * @param axes      one description per axis, e.g. "PC1 (9.8%)"
 * @param live      true for an intermediate picture of a running projection (t-SNE)
 * @param spec      how a finished projection made it, so that new words can be placed onto it; null
 *                  for maps nothing can be placed onto (live pictures, subsets, restored sessions)
 */
public record MapLayout(int[] rows, float[] positions, int dims, String title, List<String> axes, boolean live,
                        org.embedscope.model.projection.ProjectionSpec spec) {
    public MapLayout {
        axes = List.copyOf(axes);
        if ((long) rows.length * dims != positions.length) {
            throw new IllegalArgumentException(rows.length + " points x " + dims + " != " + positions.length);
        }
    }

    public MapLayout(int[] rows, float[] positions, int dims, String title, List<String> axes, boolean live) {
        this(rows, positions, dims, title, axes, live, null);
    }

    /** Whether new words can be placed onto this map without recomputing it. */
    public boolean takesPlacements() {
        return spec != null && !live && rows.length >= 2;
    }

    public int points() {
        return rows.length;
    }

    /** One line for the map's caption. */
    public String caption() {
        String[] arrows = {"\u2192 ", "\u2191 ", "\u2299 "};
        StringBuilder text = new StringBuilder(title);
        for (int i = 0; i < axes.size() && i < arrows.length; i++) {
            text.append("   ").append(arrows[i]).append(axes.get(i));
        }
        return text.toString();
    }
}
