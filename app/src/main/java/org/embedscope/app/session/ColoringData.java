package org.embedscope.app.session;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.embedscope.app.gui.map.MapColoring;

/** A map colouring as saved: ARGB per point of the saved map, and the legend (colours as #rrggbb). */
public record ColoringData(int[] colors, String title, List<Entry> legend) {
    public record Entry(String color, String label) {
    }

    public static ColoringData of(MapColoring coloring) {
        if (coloring == null) {
            return null;
        }
        List<Entry> legend = new ArrayList<>();
        for (MapColoring.Entry e : coloring.legend()) {
            legend.add(new Entry(hex(e.color()), e.label()));
        }
        return new ColoringData(coloring.colors(), coloring.title(), legend);
    }

    public MapColoring toColoring(int[] rows) {
        if (colors == null || colors.length != rows.length) {
            throw new SessionException("the saved colours do not match the saved map");
        }
        List<MapColoring.Entry> entries = new ArrayList<>();
        for (Entry e : legend == null ? List.<Entry>of() : legend) {
            entries.add(new MapColoring.Entry(Color.web(e.color()), e.label()));
        }
        return new MapColoring(rows, colors, title == null ? "" : title, entries);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
