package org.embedscope.render.scatter;

import java.util.Arrays;

/**
 * A bucket grid of the points visible on screen, rebuilt with every frame by counting sort, so
 * that finding the point under the mouse costs a few cells instead of a scan of every point.
 */
final class ScreenGrid {
    private static final int CELL = 8;

    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private int[] items = new int[0];
    private float[] sx = new float[0];
    private float[] sy = new float[0];

    ScreenGrid(int width, int height) {
        columns = Math.max(1, (width + CELL - 1) / CELL);
        rows = Math.max(1, (height + CELL - 1) / CELL);
        cellStart = new int[columns * rows + 1];
    }

    /**
     * @param screenX screen x of every point (NaN when not drawn)
     * @param screenY screen y of every point
     */
    void rebuild(float[] screenX, float[] screenY, int count) {
        sx = screenX;
        sy = screenY;
        Arrays.fill(cellStart, 0);
        int[] cellOf = new int[count];
        int visible = 0;
        for (int i = 0; i < count; i++) {
            int cell = cell(screenX[i], screenY[i]);
            cellOf[i] = cell;
            if (cell >= 0) {
                cellStart[cell + 1]++;
                visible++;
            }
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, cellStart.length);
        items = new int[visible];
        for (int i = 0; i < count; i++) {
            if (cellOf[i] >= 0) {
                items[fill[cellOf[i]]++] = i;
            }
        }
    }

    private int cell(float x, float y) {
        if (!(x >= 0 && y >= 0)) {
            return -1;
        }
        int cx = (int) (x / CELL);
        int cy = (int) (y / CELL);
        return cx < columns && cy < rows ? cy * columns + cx : -1;
    }

    /** The point nearest to (x, y) within {@code radius} pixels, or -1. Ties go to the lower index. */
    int nearest(double x, double y, double radius) {
        int cx = (int) Math.floor(x / CELL);
        int cy = (int) Math.floor(y / CELL);
        int reach = (int) Math.ceil(radius / CELL);
        int best = -1;
        double bestDistance = radius * radius;
        for (int gy = cy - reach; gy <= cy + reach; gy++) {
            for (int gx = cx - reach; gx <= cx + reach; gx++) {
                if (gx < 0 || gy < 0 || gx >= columns || gy >= rows) {
                    continue;
                }
                int cell = gy * columns + gx;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = items[k];
                    double dx = sx[i] - x;
                    double dy = sy[i] - y;
                    double d = dx * dx + dy * dy;
                    if (d < bestDistance || (d == bestDistance && best >= 0 && i < best)) {
                        bestDistance = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }
}
