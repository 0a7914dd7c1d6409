package org.embedscope.app.gui.map;

import java.util.List;

/**
 * Positions of every word on the map with a description of how they were made.
 *
 * @param coordinates {@code dims} values per word in file order (NaN for words without a position)
 * @param dims        2 or 3
 * @param points      how many words
 * @param title       what the map shows, e.g. "PCA"
 * @param axes        one description per axis, e.g. "PC1 (9.8%)"
 * @param live        true for an intermediate picture of a running projection (t-SNE)
 */
public record MapLayout(float[] coordinates, int dims, int points, String title, List<String> axes, boolean live) {
    public MapLayout {
        axes = List.copyOf(axes);
    }

    public MapLayout(float[] coordinates, int dims, int points, String title, List<String> axes) {
        this(coordinates, dims, points, title, axes, false);
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
