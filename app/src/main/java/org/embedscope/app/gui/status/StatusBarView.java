package org.embedscope.app.gui.status;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
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
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;

/** Bottom bar: the dataset on the left; the newest running task with its progress and cancel on the right. */
public final class StatusBarView extends HBox {
    public StatusBarView(MainViewModel model, TaskExecutor executor) {
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

        ObservableList<BackgroundTask<?>> tasks = executor.visibleTasks();
        BooleanBinding busy = Bindings.isNotEmpty(tasks);
        Label message = new Label();
        message.setId("status-task");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(180);
        tasks.addListener((javafx.collections.ListChangeListener<BackgroundTask<?>>) c -> follow(tasks, message, bar));

        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(new Tooltip("Cancel (Esc)"));
        cancel.setOnAction(e -> executor.cancelNewestVisible());

        HBox task = new HBox(8, message, bar, cancel);
        task.setAlignment(Pos.CENTER_RIGHT);
        task.visibleProperty().bind(busy);
        task.managedProperty().bind(busy);
        getChildren().addAll(dataset, spacer, task);
    }

    /** The bar shows the newest task: its own message and progress. */
    private static void follow(ObservableList<BackgroundTask<?>> tasks, Label message, ProgressBar bar) {
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        if (tasks.isEmpty()) {
            message.setText("");
            bar.setProgress(0);
            return;
        }
        BackgroundTask<?> newest = tasks.get(tasks.size() - 1);
        message.textProperty().bind(newest.messageProperty());
        bar.progressProperty().bind(newest.progressProperty());
    }
}
