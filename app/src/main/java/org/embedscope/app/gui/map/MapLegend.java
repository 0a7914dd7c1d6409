package org.embedscope.app.gui.map;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/** The key to the map's colours (clusters or faithfulness), in a corner over the map. */
final class MapLegend extends VBox {
    private static final int MAX_ENTRIES = 24;

    MapLegend() {
        setId("map-legend");
        getStyleClass().add("map-legend");
        setSpacing(3);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(MapColoring coloring) {
        getChildren().clear();
        boolean any = coloring != null && !coloring.title().isEmpty();
        setVisible(any);
        if (!any) {
            return;
        }
        Label title = new Label(coloring.title());
        title.getStyleClass().add("map-legend-title");
        getChildren().add(title);
        int shown = 0;
        for (MapColoring.Entry entry : coloring.legend()) {
            if (shown++ == MAX_ENTRIES) {
                getChildren().add(new Label("\u2026 and " + (coloring.legend().size() - MAX_ENTRIES) + " more"));
                break;
            }
            Label label = new Label(entry.label(), new Circle(5, entry.color()));
            label.setGraphicTextGap(8);
            getChildren().add(label);
        }
    }
}
