package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.render.scatter.RegionSelection;

/** The store rows of a 2D map whose points lie inside a box or lasso. */
final class RegionHits {
    private RegionHits() {
    }

    static List<Integer> rowsInside(MapLayout layout, RegionSelection region) {
        List<Integer> rows = new ArrayList<>();
        if (layout == null || layout.dims() != 2) {
            return rows;
        }
        float[] xy = layout.positions();
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        float minY = Float.POSITIVE_INFINITY;
        float maxY = Float.NEGATIVE_INFINITY;
        float[] polygon = region.polygon();
        for (int i = 0; i < polygon.length; i += 2) {
            minX = Math.min(minX, polygon[i]);
            maxX = Math.max(maxX, polygon[i]);
            minY = Math.min(minY, polygon[i + 1]);
            maxY = Math.max(maxY, polygon[i + 1]);
        }
        for (int p = 0; p < layout.points(); p++) {
            float x = xy[2 * p];
            float y = xy[2 * p + 1];
            // The bounding box first: a lasso's polygon test is only needed near it.
            if (layout.rows()[p] >= 0 && x >= minX && x <= maxX && y >= minY && y <= maxY && region.contains(x, y)) {
                rows.add(layout.rows()[p]);
            }
        }
        return rows;
    }
}
