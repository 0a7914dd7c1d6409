package org.embedscope.render.scatter;

import java.util.ArrayList;
import java.util.List;

/** The level of detail of the 2D frames drawn while the view moves; at rest every point is drawn. */
final class MotionDetail {
    /** A moving frame of more points than this draws an evenly spread sample of about this many. */
    static final int SAMPLE_POINTS = 20_000;

    private MotionDetail() {
    }

    /** Draw every {@code stride}-th point of {@code count} while moving (1: all of them). */
    static int stride(int count) {
        return Math.max(1, (count + SAMPLE_POINTS - 1) / SAMPLE_POINTS);
    }

    /**
     * For a sample of every {@code stride}-th point: the alpha (0 to 255) that one point needs to look
     * like {@code stride} points of the original alpha on top of each other, 1 - (1 - a)^stride; null
     * when every point is drawn.
     */
    static int[] opacityTable(int stride) {
        if (stride <= 1) {
            return null;
        }
        int[] table = new int[256];
        for (int a = 0; a < 256; a++) {
            table[a] = (int) Math.round(255 * (1 - Math.pow(1 - a / 255.0, stride)));
        }
        return table;
    }

    /**
     * The parts of a width x height frame that a shift by (dx, dy) leaves uncovered, as {x0, y0, x1, y1}
     * rectangles that do not overlap: the columns it exposes over the full height, then the rows it
     * exposes between them.
     */
    static List<int[]> uncovered(int dx, int dy, int width, int height) {
        List<int[]> strips = new ArrayList<>(2);
        int keptX0 = Math.max(0, dx);
        int keptX1 = Math.min(width, width + dx);
        if (keptX0 > 0) {
            strips.add(new int[] {0, 0, keptX0, height});
        }
        if (keptX1 < width) {
            strips.add(new int[] {keptX1, 0, width, height});
        }
        if (dy > 0) {
            strips.add(new int[] {keptX0, 0, keptX1, Math.min(height, dy)});
        } else if (dy < 0) {
            strips.add(new int[] {keptX0, Math.max(0, height + dy), keptX1, height});
        }
        return strips;
    }
}
