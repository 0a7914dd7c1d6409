package org.embedscope.app.gui.map;

import java.util.Arrays;

/** Store row to map point, for the rows of one layout. */
final class PointIndex {
    private final int[] rows;
    private final int[] pointOfRow;

    PointIndex(int[] rows, int storeSize) {
        this.rows = rows;
        pointOfRow = new int[storeSize];
        Arrays.fill(pointOfRow, -1);
        for (int p = 0; p < rows.length; p++) {
            // an expression placed onto the map has no row
            if (rows[p] >= 0) {
                pointOfRow[rows[p]] = p;
            }
        }
    }

    boolean isFor(int[] layoutRows) {
        return rows == layoutRows;
    }

    /** The point showing this store row, or -1 when the row is not on the map. */
    int pointOf(int row) {
        return row >= 0 && row < pointOfRow.length ? pointOfRow[row] : -1;
    }

    int rowOf(int point) {
        return point >= 0 && point < rows.length ? rows[point] : -1;
    }
}
