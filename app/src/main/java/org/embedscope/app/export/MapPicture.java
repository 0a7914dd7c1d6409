package org.embedscope.app.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A map as a static picture, independent of any window: 2D points with colours, the labels to
 * write, a title and a legend. The SVG and PNG writers draw exactly this.
 *
 * @param xy      x0, y0, x1, y1, ... in data units (NaN hides a point)
 * @param colors  straight-alpha ARGB per point
 * @param words   each point's word
 * @param marked  points to ring and label first (the focus, a panel's marks), with their ring colours
 * @param landmarks points worth a label where room remains, most important first
 */
public record MapPicture(float[] xy, int[] colors, String[] words, List<Mark> marked, int[] landmarks, String title,
        List<String> axes, List<LegendEntry> legend) {
    public MapPicture {
        marked = List.copyOf(marked);
        legend = List.copyOf(legend);
        axes = List.copyOf(axes);
        if (xy.length != 2 * words.length || colors.length != words.length) {
            throw new IllegalArgumentException("points, colours and words differ in number");
        }
    }

    public record Mark(int point, int color) {
    }

    public record LegendEntry(int color, String label) {
    }

    public int points() {
        return words.length;
    }

    /** Labels in the order they are placed: marked points, then landmarks. */
    List<Integer> labelOrder() {
        List<Integer> order = new ArrayList<>();
        for (Mark m : marked) {
            order.add(m.point());
        }
        for (int p : landmarks) {
            order.add(p);
        }
        return order;
    }
}
