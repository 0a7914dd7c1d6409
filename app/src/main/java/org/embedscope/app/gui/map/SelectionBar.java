package org.embedscope.app.gui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A bar over the map while words are selected: how many, isolate (with neighbours), show all, grey the rest, clear. */
final class SelectionBar extends HBox {
    SelectionBar(MapViewModel map, IsolationViewModel model) {
        super(8);
        setId("selection-bar");
        getStyleClass().add("map-legend");
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("selection-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button isolate = button("selection-isolate", "Isolate", "mdi2f-filter-outline",
                "Show only the selection (and its neighbours), fitted to the view", model::isolate);
        Spinner<Integer> neighbours = new Spinner<>(0, 50, model.neighboursProperty().get(), 5);
        neighbours.setId("selection-neighbours");
        neighbours.setPrefWidth(72);
        neighbours.setTooltip(new Tooltip("Also show this many nearest neighbours of each selected word"));
        neighbours.valueProperty().addListener((o, old, value) -> model.neighboursProperty().set(value));
        Button showAll = button("selection-show-all", "Show all", "mdi2e-eye-outline", "Bring the whole map back",
                model::showAll);
        showAll.visibleProperty().bind(model.isolatedProperty());
        showAll.managedProperty().bind(model.isolatedProperty());
        CheckBox grey = new CheckBox("Grey the rest");
        grey.setId("selection-grey");
        grey.selectedProperty().bindBidirectional(map.dimUnselectedProperty());
        Button clear = button("selection-clear", null, "mdi2c-close", "Clear the selection", model::clearSelection);
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(summary, isolate, new Label("+ neighbours"), neighbours, showAll, grey, clear, message);
        visibleProperty().bind(model.summaryProperty().isNotEmpty().or(model.isolatedProperty()));
    }

    private static Button button(String id, String text, String icon, String tip, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
