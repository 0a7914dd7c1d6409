package org.embedscope.app.gui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.app.settings.SettingsStore;

/** The real main window for GUI tests, with its settings in a test folder; close() stops its workers. */
final class TestWindow implements AutoCloseable {
    final MainViewModel model;
    final BackgroundTasks tasks;

    private TestWindow(MainViewModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** Shows the window on the stage and starts opening {@code file} (null: the bundled dataset). */
    static TestWindow open(Stage stage, Path settingsFolder, Path file, double width, double height) {
        BackgroundTasks tasks = new BackgroundTasks(Platform::runLater);
        MainViewModel model = new MainViewModel(new Workspace(), tasks, new RecentFiles(new SettingsStore(settingsFolder)));
        stage.setScene(new Scene(new MainView(model), width, height));
        stage.show();
        model.open(file, () -> { });
        return new TestWindow(model, tasks);
    }

    @Override
    public void close() {
        tasks.shutdown();
    }
}
