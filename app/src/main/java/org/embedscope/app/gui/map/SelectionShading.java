package org.embedscope.app.gui.map;

import java.util.Set;

/** Greys the points that are not selected, so that the selection stands out and the rest stays in view. */
final class SelectionShading {
    /** Light grey at low opacity: visible on the dark map, far below any selected colour. */
    static final int DIMMED = 0x40_9A_A0_AC;

    private SelectionShading() {
    }

    /** The colouring with every row outside {@code selected} greyed; the same object when nothing is selected. */
    static MapColoring dim(MapColoring base, Set<Integer> selected) {
        if (selected.isEmpty()) {
            return base;
        }
        int[] rows = base.rows();
        int[] colors = base.colors().clone();
        for (int i = 0; i < rows.length; i++) {
            if (!selected.contains(rows[i])) {
                colors[i] = DIMMED;
            }
        }
        return new MapColoring(rows, colors, base.title(), base.legend());
    }
}
