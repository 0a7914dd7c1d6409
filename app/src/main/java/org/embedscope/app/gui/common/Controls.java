package org.embedscope.app.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Small builders for the panel's form controls, each bound to a view-model property. */
public final class Controls {
    private Controls() {
    }

    public static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step, String tip) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        spinner.valueProperty().addListener((o, old, value) -> property.set(value));
        property.addListener((o, old, value) -> spinner.getValueFactory().setValue(value.intValue()));
        spinner.setTooltip(new Tooltip(tip));
        return spinner;
    }

    public static Spinner<Double> doubleSpinner(DoubleProperty property, double min, double max, double step, String tip) {
        Spinner<Double> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        spinner.valueProperty().addListener((o, old, value) -> property.set(value));
        spinner.setTooltip(new Tooltip(tip));
        return spinner;
    }

    public static <T> ChoiceBox<T> choice(ObjectProperty<T> property, List<T> values, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    public static void row(GridPane grid, String label, javafx.scene.Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("term-label");
        grid.addRow(grid.getRowCount(), name, control);
    }
}
