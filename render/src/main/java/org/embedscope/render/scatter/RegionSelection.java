package org.embedscope.render.scatter;

/**
 * A region drawn on the 2D plot to select the points inside it.
 *
 * @param polygon x0, y0, x1, y1, ... in data coordinates; a box is its four corners
 * @param tool    {@link DragTool#BOX} or {@link DragTool#LASSO}
 */
public record RegionSelection(float[] polygon, DragTool tool) {
    /** Whether a data point lies inside the polygon (even-odd rule, so a lasso may cross itself). */
    public boolean contains(double x, double y) {
        boolean inside = false;
        int n = polygon.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = polygon[2 * i];
            double yi = polygon[2 * i + 1];
            double xj = polygon[2 * j];
            double yj = polygon[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }
}
