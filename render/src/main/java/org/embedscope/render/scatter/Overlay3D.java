package org.embedscope.render.scatter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The 2D layer over the 3D scatter: projects just the selected, highlighted and arrow-end points
 * to the screen and draws their rings, labels and arrows with the same look as the 2D map.
 */
final class Overlay3D extends Pane {
    private final IntFunction<Point2D> project;
    private final LabelLayer layer = new LabelLayer();
    private List<Highlight> highlights = List.of();
    private List<Arrow> arrows = List.of();

    Overlay3D(IntFunction<Point2D> project) {
        this.project = project;
        setMouseTransparent(true);
        getChildren().add(layer.canvas());
    }

    void setHighlights(List<Highlight> highlights) {
        this.highlights = List.copyOf(highlights);
    }

    void setArrows(List<Arrow> arrows) {
        this.arrows = List.copyOf(arrows);
    }

    void redraw(int selected, IntFunction<String> labels) {
        layer.resize(getWidth(), getHeight());
        Map<Integer, Point2D> positions = new HashMap<>();
        if (selected >= 0) {
            put(positions, selected);
        }
        highlights.forEach(h -> put(positions, h.index()));
        arrows.forEach(a -> {
            put(positions, a.from());
            put(positions, a.to());
        });
        LabelLayer.Scene scene = new LabelLayer.Scene();
        scene.positions = positions;
        scene.labels = labels;
        scene.highlights = highlights;
        scene.arrows = arrows;
        scene.selected = selected;
        scene.maxLandmarks = 0;
        scene.landmarkOrder = new int[0];
        scene.landmarkColor = Color.WHITE;
        layer.draw(scene);
        // An empty canvas still costs the toolkit a full-size blend in every frame.
        layer.canvas().setVisible(!positions.isEmpty());
    }

    private void put(Map<Integer, Point2D> positions, int index) {
        Point2D p = project.apply(index);
        if (p != null) {
            positions.put(index, p);
        }
    }
}
