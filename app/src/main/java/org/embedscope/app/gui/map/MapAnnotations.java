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

    /** Both sets of marks and links; where both mark a row, the first's colour wins. */
    public static MapAnnotations merge(MapAnnotations first, MapAnnotations second) {
        if (second == null || second.marks().isEmpty() && second.links().isEmpty()) {
            return first == null ? NONE : first;
        }
        if (first == null || first.marks().isEmpty() && first.links().isEmpty()) {
            return second;
        }
        java.util.Set<Integer> rows = new java.util.HashSet<>();
        List<Mark> marks = new java.util.ArrayList<>(first.marks());
        first.marks().forEach(m -> rows.add(m.row()));
        for (Mark m : second.marks()) {
            if (rows.add(m.row())) {
                marks.add(m);
            }
        }
        List<Link> links = new java.util.ArrayList<>(first.links());
        links.addAll(second.links());
        return new MapAnnotations(marks, links);
    }
}
