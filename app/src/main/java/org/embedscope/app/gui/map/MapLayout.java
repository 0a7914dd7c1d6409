package org.embedscope.app.gui.map;

/**
 * Positions of every word on the map with a description of how they were made.
 *
 * @param xy          x0, y0, x1, y1, ... in projection units (NaN for words without a position)
 * @param title       what the map shows, e.g. "PCA"
 * @param xAxis       description of the horizontal axis, e.g. "PC1 (9.8%)"
 * @param yAxis       description of the vertical axis
 */
public record MapLayout(float[] xy, int points, String title, String xAxis, String yAxis) {
}
