package org.embedscope.app.gui;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.app.settings.SettingsStore;

/** The JavaFX application: builds the window at once and loads the data in the background. */
public final class EmbedscopeApp extends Application {
    private static volatile LaunchOptions options = new LaunchOptions(null, org.embedscope.model.io.OpenOptions.defaults(), null, null, 2);
    private static volatile int exitCode;
    // JavaFX warns that it runs from the class path, which is how we ship it; keep the logger
    // referenced so that the quieter level is not garbage-collected away.
    private static final java.util.logging.Logger PLATFORM_LOGGER =
            java.util.logging.Logger.getLogger("javafx");

    private BackgroundTasks tasks;

    /** Starts the window and blocks until it closes; returns the process exit code. */
    public static int launch(LaunchOptions launchOptions) {
        options = launchOptions;
        PLATFORM_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(EmbedscopeApp.class);
        return exitCode;
    }

    static void setExitCode(int code) {
        exitCode = code;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        tasks = new BackgroundTasks(Platform::runLater);
        MainViewModel model = new MainViewModel(new Workspace(), tasks, new RecentFiles(SettingsStore.forUser()));
        MainView view = new MainView(model);
        // A bug must not end in a silent window or a stack trace on the console only: say so, keep going.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            System.err.println("embedscope: unexpected error: " + error);
            view.showUnexpected(error);
        });
        Scene scene = new Scene(view, 1400, 880);
        scene.getStylesheets().add(EmbedscopeApp.class.getResource("embedscope.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();

        LaunchOptions launch = options;
        Runnable whenMapped = () -> {
            if (launch.select() != null && !model.workspace().select(launch.select())) {
                System.err.println("embedscope: unknown word: " + launch.select());
            }
        };
        if (launch.screenshot() != null) {
            new Screenshot(stage, view.mapView(), tasks, launch.screenshot()).takeWhenReady();
        }
        model.projection().dimsProperty().set(launch.dims());
        model.open(launch.vectors(), launch.open(), whenMapped);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
