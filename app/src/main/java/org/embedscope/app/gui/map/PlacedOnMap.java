package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.gui.workspace.PlacedPoint;

/**
 * A map with the words and expressions placed onto it drawn as points after its own: a placed word
 * keeps its store row (so a click focuses it), an expression has row -1.
 *
 * @param layout the map with the placed points appended
 * @param placed the placed points in drawing order: point {@code base.points() + i} is {@code placed.get(i)}
 * @param first  the first placed point's number
 */
record PlacedOnMap(MapLayout layout, List<PlacedPoint> placed, int first) {
    static PlacedOnMap of(MapLayout base, List<PlacedPoint> all) {
        List<PlacedPoint> on = new ArrayList<>();
        for (PlacedPoint p : all) {
            if (p.map() == base && p.position().length == base.dims()) {
                on.add(p);
            }
        }
        if (on.isEmpty()) {
            return new PlacedOnMap(base, List.of(), base.points());
        }
        int n = base.points();
        int dims = base.dims();
        int[] rows = java.util.Arrays.copyOf(base.rows(), n + on.size());
        float[] positions = java.util.Arrays.copyOf(base.positions(), (n + on.size()) * dims);
        for (int i = 0; i < on.size(); i++) {
            rows[n + i] = on.get(i).row();
            System.arraycopy(on.get(i).position(), 0, positions, (n + i) * dims, dims);
        }
        return new PlacedOnMap(new MapLayout(rows, positions, dims, base.title(), base.axes(), base.live(), base.spec()),
                List.copyOf(on), n);
    }

    /** The placed point drawn as {@code point}, or null for the map's own points. */
    PlacedPoint at(int point) {
        int i = point - first;
        return i >= 0 && i < placed.size() ? placed.get(i) : null;
    }

    /** The base map's colouring with the placed points in their own colour after it. */
    MapColoring extend(MapColoring coloring) {
        if (placed.isEmpty()) {
            return coloring;
        }
        int[] colors = java.util.Arrays.copyOf(coloring.colors(), layout.points());
        int argb = argb(MapColors.PLACED);
        for (int p = first; p < layout.points(); p++) {
            colors[p] = argb;
        }
        return new MapColoring(layout.rows(), colors, coloring.title(), coloring.legend());
    }

    private static int argb(javafx.scene.paint.Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
