package org.embedscope.app.gui.distances;

import javafx.beans.property.IntegerProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.app.gui.task.TaskSlot;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Distances panel's small builders: number fields that compute on Enter, the progress row, tipped labels. */
final class DistancesControls {
    private DistancesControls() {
    }

    /** An editable spinner bound to the property; Enter takes the typed number and runs {@code onEnter}. */
    static Spinner<Integer> number(String id, IntegerProperty property, int min, int max, int step, String tip,
            Runnable onEnter) {
        Spinner<Integer> spinner = Controls.intSpinner(property, min, max, step, tip);
        spinner.setId(id);
        spinner.getEditor().addEventHandler(ActionEvent.ACTION, e -> {
            try {
                spinner.commitValue();
            } catch (RuntimeException notANumber) {
                spinner.cancelEdit();
            }
            onEnter.run();
        });
        return spinner;
    }

    /** A progress bar with a cancel button, shown only while the slot's task runs. */
    static Node progress(TaskSlot slot) {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(slot.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setTooltip(new Tooltip("Stop measuring"));
        cancel.setOnAction(e -> slot.cancel());
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(slot.messageProperty());
        HBox row = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox all = new VBox(2, row, message);
        all.visibleProperty().bind(slot.runningProperty());
        all.managedProperty().bind(slot.runningProperty());
        return all;
    }

    /** A label with a tooltip that explains it in one sentence. */
    static Label tipped(String id, String tip) {
        Label label = new Label();
        label.setId(id);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        label.setTooltip(tooltip);
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
