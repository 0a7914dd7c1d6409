package org.embedscope.app.session;

import java.util.List;
import org.embedscope.app.gui.map.MapLayout;

/**
 * A map's points as saved: store rows and their coordinates, so a session reopens to the same picture without
 * recomputing, and how the map was made (null in sessions saved before that was kept), so that words can still be
 * placed onto it.
 */
public record LayoutData(int[] rows, float[] positions, int dims, String title, List<String> axes, SavedSpec spec) {
    public static LayoutData of(MapLayout layout) {
        return layout == null ? null
                : new LayoutData(layout.rows(), layout.positions(), layout.dims(), layout.title(), layout.axes(),
                        SavedSpec.of(layout.spec()));
    }

    public MapLayout toLayout(int storeSize) {
        if (rows == null || positions == null || (long) rows.length * dims != positions.length) {
            throw new SessionException("the saved map's points and coordinates do not match");
        }
        for (int row : rows) {
            if (row < 0 || row >= storeSize) {
                throw new SessionException("the saved map names word " + row + ", beyond the " + storeSize
                        + " words of the vectors");
            }
        }
        return new MapLayout(rows, positions, dims, title == null ? "" : title, axes == null ? List.of() : axes, false,
                spec == null ? null : spec.toSpec());
    }
}
