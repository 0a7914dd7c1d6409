package org.embedscope.app.gui.bias;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.embedscope.app.gui.common.WordField;
import org.embedscope.app.gui.task.TaskSlot;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builders the Bias panel's sections share. */
final class BiasControls {
    private BiasControls() {
    }

    static WordField wordField(String id, StringProperty property, Function<String, List<String>> completer,
            String prompt, Runnable onEnter) {
        WordField field = new WordField(completer);
        field.setId(id);
        field.setPromptText(prompt);
        field.follow(property);
        field.setOnAction(e -> onEnter.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    static TextArea area(String id, StringProperty property, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    static Button accent(String id, String text, String icon, String tip, Runnable action) {
        Button button = button(id, text, icon, tip, action);
        button.getStyleClass().add("accent");
        return button;
    }

    static Button button(String id, String text, String icon, String tip, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A progress bar with a cancel button, shown only while the slot's task runs. */
    static Node progress(TaskSlot slot) {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(slot.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setTooltip(new Tooltip("Cancel"));
        cancel.setOnAction(e -> slot.cancel());
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(slot.messageProperty());
        HBox box = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox all = new javafx.scene.layout.VBox(2, box, message);
        all.visibleProperty().bind(slot.runningProperty());
        all.managedProperty().bind(slot.runningProperty());
        return all;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    /** A wrapping hint whose text follows a property, hidden while empty. */
    static Label boundHint(String id) {
        Label label = org.embedscope.app.gui.common.Controls.messageLabel(id, "hint");
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static Label headline(String id) {
        Label label = org.embedscope.app.gui.common.Controls.messageLabel(id, "result-headline");
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static int[] colours(double[] values) {
        double max = 1e-9;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        int[] colours = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            colours[i] = org.embedscope.app.gui.map.Palettes.argb(
                    org.embedscope.app.gui.map.Palettes.diverging(values[i] / max), 0.9);
        }
        return colours;
    }
}
