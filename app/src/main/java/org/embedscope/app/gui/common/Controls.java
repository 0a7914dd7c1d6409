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
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Small builders for the panel's form controls, each bound to a view-model property. */
public final class Controls {
    private Controls() {
    }

    public static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step, String tip) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setPrefWidth(120);
        spinner.setTooltip(new Tooltip(tip));
        bindValue(spinner, property);
        return spinner;
    }

    public static Spinner<Double> doubleSpinner(DoubleProperty property, double min, double max, double step, String tip) {
        Spinner<Double> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setPrefWidth(120);
        spinner.setTooltip(new Tooltip(tip));
        bindValue(spinner, property);
        return spinner;
    }

    /** Binds the spinner's value and the property both ways; typed text counts once the field loses focus. */
    public static void bindValue(Spinner<Integer> spinner, IntegerProperty property) {
        bindBoxed(spinner, property.asObject());
    }

    public static void bindValue(Spinner<Double> spinner, DoubleProperty property) {
        bindBoxed(spinner, property.asObject());
    }

    private static <T> void bindBoxed(Spinner<T> spinner, ObjectProperty<T> boxed) {
        // Bidirectional bindings hold their ends weakly: the spinner keeps the boxed adapter alive.
        spinner.getProperties().put(Controls.class, boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        spinner.setEditable(true);
        spinner.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitOrRevert(spinner);
            }
        });
    }

    private static void commitOrRevert(Spinner<?> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException notANumber) {
            spinner.cancelEdit();
        }
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

    public static void row(GridPane grid, String label, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("term-label");
        grid.addRow(grid.getRowCount(), name, control);
    }

    /** A control with a short note after it, e.g. "0 = auto". */
    public static HBox withNote(Node control, String note) {
        Label label = new Label(note);
        label.getStyleClass().add("hint");
        HBox box = new HBox(8, control, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A wrapping label that takes no space while its text is empty. */
    public static Label messageLabel(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
