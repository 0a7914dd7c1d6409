package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Colour points by": rank, k-means clusters or faithfulness, with k and a button to apply. */
final class ColoringView extends VBox {
    ColoringView(ColoringViewModel model) {
        setSpacing(8);
        Label heading = new Label("Colour points by");
        heading.getStyleClass().add("section-title");
        var mode = Controls.choice(model.modeProperty(), List.of(ColoringMode.values()), ColoringMode::label);
        mode.setId("coloring-mode");
        GridPane grid = Controls.form();
        Controls.row(grid, "Colour", mode);
        var clusters = Controls.intSpinner(model.clustersProperty(), 1, 200, 1, "How many k-means clusters");
        clusters.disableProperty().bind(model.modeProperty().isNotEqualTo(ColoringMode.CLUSTERS));
        Controls.row(grid, "Clusters", clusters);
        var neighbours = Controls.intSpinner(model.neighboursProperty(), 1, 200, 1,
                "How many nearest neighbours faithfulness compares");
        neighbours.disableProperty().bind(model.modeProperty().isNotEqualTo(ColoringMode.FAITHFULNESS));
        Controls.row(grid, "Neighbours", neighbours);

        javafx.scene.control.ComboBox<String> column = new javafx.scene.control.ComboBox<>();
        column.setId("coloring-column");
        javafx.beans.binding.Bindings.bindContent(column.getItems(), model.columns());
        column.valueProperty().bindBidirectional(model.columnProperty());
        column.disableProperty().bind(model.modeProperty().isNotEqualTo(ColoringMode.METADATA));
        column.setPromptText("no metadata");
        column.setTooltip(new javafx.scene.control.Tooltip("Numbers become a gradient; other values categories (up to 100)"));
        Controls.row(grid, "Column", column);

        javafx.scene.control.ComboBox<String> labelBy = new javafx.scene.control.ComboBox<>();
        labelBy.setId("label-column");
        labelBy.getItems().add("");
        model.columns().addListener((javafx.collections.ListChangeListener<String>) c -> {
            labelBy.getItems().setAll("");
            labelBy.getItems().addAll(model.columns());
        });
        labelBy.getItems().addAll(model.columns());
        labelBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null || column.isEmpty() ? "the word" : column;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        labelBy.valueProperty().bindBidirectional(model.labelColumnProperty());
        labelBy.setTooltip(new javafx.scene.control.Tooltip("Label points with a metadata column instead of the word"));
        Controls.row(grid, "Label with", labelBy);
        var density = Controls.intSpinner(model.labelsProperty(), 0, 400, 20,
                "How many frequent words the map labels where there is room (marked words always are)");
        density.setId("label-density");
        Controls.row(grid, "Labels", density);
        var size = Controls.intSpinner(model.pointSizeProperty(), 1, 5, 1, "The points' radius in pixels");
        size.setId("point-size");
        Controls.row(grid, "Point size", size);

        Button apply = new Button("Colour", new FontIcon("mdi2p-palette"));
        apply.setId("coloring-apply");
        apply.disableProperty().bind(model.runningProperty());
        apply.setOnAction(e -> model.apply());
        Label summary = Controls.messageLabel("coloring-summary", null);
        summary.textProperty().bind(model.summaryProperty());
        Label message = Controls.messageLabel("coloring-message", "error-text");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(new Separator(), heading, grid, apply, summary, message);
    }
}
