package org.embedscope.app.gui;

import javafx.stage.Stage;
import org.embedscope.app.gui.task.TaskExecutor;

/** Told on the FX thread once the window is shown and its data is opening; benchmarks drive the window from here. */
@FunctionalInterface
public interface StartHook {
    void started(Stage stage, MainView view, AppComposition app, TaskExecutor tasks);
}
