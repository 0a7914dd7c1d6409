package org.embedscope.app.gui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.embedscope.app.gui.dialog.FxDialogs;
import org.embedscope.app.gui.task.FxTaskExecutor;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;

/**
 * The real main window for GUI tests, shown the way the app shows it (sized for the screen), with
 * its settings in a test folder; close() stops its workers.
 */
final class TestWindow implements AutoCloseable {
    final AppComposition app;
    final MainViewModel model;
    final MainView view;
    final FxTaskExecutor executor;

    private TestWindow(AppComposition app, MainView view, FxTaskExecutor executor) {
        this.app = app;
        this.model = app.main();
        this.view = view;
        this.executor = executor;
    }

    /** Shows the window on the stage and starts opening {@code file} (null: the bundled dataset). */
    static TestWindow open(Stage stage, Path settingsFolder, Path file) {
        StartupWarmUp.start();
        FxTaskExecutor executor = new FxTaskExecutor();
        UserSettings user = new UserSettings(new SettingsStore(settingsFolder));
        AppComposition app = new AppComposition(executor, new FxDialogs(() -> stage), new RecentFiles(user));
        MainView view = new MainView(app);
        MainWindow.show(stage, view, app.main(), user);
        app.main().open(file, org.embedscope.model.io.OpenOptions.defaults(), () -> { });
        return new TestWindow(app, view, executor);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
