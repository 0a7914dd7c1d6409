package org.embedscope.app.gui.neighbors;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/** The neighbours panel's controls for placing the typed word or expression onto the map. */
final class PlacementControls {
    private PlacementControls() {
    }

    static Button placeButton(NeighborsViewModel model) {
        Button place = new Button(null, new FontIcon("mdi2m-map-marker-plus"));
        place.setId("neighbors-place");
        place.setTooltip(new Tooltip("Place the word or expression onto the map on screen without recomputing it"
                + " (Ctrl+Enter).\nIt lands where the map's method (t-SNE, UMAP, PCA or custom axes) would put it,"
                + " in red."));
        place.disableProperty().bind(model.placement().possibleBinding().not());
        place.setOnAction(e -> model.placeOnMap());
        return place;
    }

    /** Where the last placed point landed or why it could not be placed, with a button to remove placed points. */
    static HBox statusRow(PlacementViewModel placement) {
        Label status = new Label();
        status.setId("placement-status");
        status.getStyleClass().add("hint");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> !placement.messageProperty().get().isEmpty()
                ? placement.messageProperty().get()
                : !placement.runningTitleProperty().get().isEmpty() ? placement.runningTitleProperty().get() + "\u2026"
                : placement.statusProperty().get(),
                placement.messageProperty(), placement.statusProperty(), placement.runningTitleProperty()));
        status.styleProperty().bind(Bindings.when(placement.messageProperty().isNotEmpty())
                .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button clear = new Button(null, new FontIcon("mdi2m-map-marker-remove"));
        clear.setId("placement-clear");
        clear.setTooltip(new Tooltip("Remove the words and expressions placed onto the map"));
        clear.setOnAction(e -> placement.clear());
        HBox row = new HBox(6, status, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.managedProperty().bind(status.textProperty().isNotEmpty());
        row.visibleProperty().bind(row.managedProperty());
        return row;
    }
}
