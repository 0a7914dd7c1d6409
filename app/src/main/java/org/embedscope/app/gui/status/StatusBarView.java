package org.embedscope.app.gui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.embedscope.app.gui.MainViewModel;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.kordamp.ikonli.javafx.FontIcon;

/** Bottom bar: the dataset on the left; the running task with progress and cancel on the right. */
public final class StatusBarView extends HBox {
    public StatusBarView(MainViewModel model) {
        BackgroundTasks tasks = model.tasks();
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));

        Label dataset = new Label();
        dataset.setId("status-dataset");
        dataset.textProperty().bind(model.datasetSummaryProperty());
        dataset.setGraphic(new FontIcon("mdi2d-database-outline"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label message = new Label();
        message.setId("status-task");
        message.textProperty().bind(tasks.messageProperty());

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(180);
        bar.progressProperty().bind(tasks.progressProperty());

        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(new Tooltip("Cancel (Esc)"));
        cancel.setOnAction(e -> tasks.cancelShown());

        HBox task = new HBox(8, message, bar, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(tasks.busyProperty());
        task.managedProperty().bind(tasks.busyProperty());
        getChildren().addAll(dataset, spacer, task);
    }
}
