package org.embedscope.app.gui.map;

import java.util.List;
import org.embedscope.render.scatter.Arrow;
import org.embedscope.render.scatter.Highlight;

/** What a panel wants drawn over the map: highlighted (labelled) words and arrows between words. */
public record MapAnnotations(List<Highlight> highlights, List<Arrow> arrows) {
    public static final MapAnnotations NONE = new MapAnnotations(List.of(), List.of());

    public MapAnnotations {
        highlights = List.copyOf(highlights);
        arrows = List.copyOf(arrows);
    }
}
