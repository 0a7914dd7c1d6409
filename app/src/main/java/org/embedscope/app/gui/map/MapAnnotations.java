package org.embedscope.app.gui.map;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * What a panel wants drawn over the map, in store rows: marked (labelled) words and arrows between
 * words. The map draws those of its points that are on it and skips the rest.
 */
public record MapAnnotations(List<Mark> marks, List<Link> links) {
    public static final MapAnnotations NONE = new MapAnnotations(List.of(), List.of());

    public MapAnnotations {
        marks = List.copyOf(marks);
        links = List.copyOf(links);
    }

    /** A word to highlight and label; earlier marks get the better label spots. */
    public record Mark(int row, Color color) {
    }

    /** An arrow from one word to another, solid or dashed. */
    public record Link(int from, int to, Color color, boolean dashed) {
    }
}
