package org.embedscope.app.gui.workspace;

import org.embedscope.app.gui.map.MapLayout;

/**
 * A word or expression put onto a finished map without recomputing it.
 *
 * @param label    what the map labels it with ("king - man + woman")
 * @param row      its store row when it is a word, or -1 for an expression
 * @param position where it landed, one value per map dimension
 * @param map      the map it was placed onto; it is shown only while that map is
 */
public record PlacedPoint(String label, int row, float[] position, MapLayout map) {
}
