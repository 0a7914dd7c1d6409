package org.embedscope.app.gui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.embedscope.app.gui.dialog.FxDialogs;
import org.embedscope.app.gui.task.FxTaskExecutor;
import org.embedscope.app.settings.SettingsStore;
import org.embedscope.app.settings.UserSettings;

/** The JavaFX application: builds the window at once and loads the data in the background. */
public final class EmbedscopeApp extends Application {
    private static volatile LaunchOptions options = LaunchOptions.defaults();
    private static volatile int exitCode;
    private static volatile SettingsStore store;
    private static volatile UserSettings user;
    private static volatile StartHook hook;
    // JavaFX warns that it runs from the class path, which is how we ship it; keep the logger
    // referenced so that the quieter level is not garbage-collected away.
    private static final java.util.logging.Logger PLATFORM_LOGGER = java.util.logging.Logger.getLogger("javafx");

    private FxTaskExecutor executor;

    /** Starts the window and blocks until it closes; returns the process exit code. */
    public static int launch(LaunchOptions launchOptions) {
        return launch(launchOptions, null);
    }

    /** The same, and {@code startHook} is told once the window is up and its data is opening. */
    public static int launch(LaunchOptions launchOptions, StartHook startHook) {
        options = launchOptions;
        hook = startHook;
        StartupWarmUp.start();
        // Read before the toolkit starts, so Jackson's first use is not on the FX thread.
        store = SettingsStore.forUser();
        user = new UserSettings(store);
        PLATFORM_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(EmbedscopeApp.class);
        return exitCode;
    }

    public static void setExitCode(int code) {
        exitCode = code;
    }

    @Override
    public void start(Stage stage) {
        FxStallWatchdog.startIfEnabled();
        executor = new FxTaskExecutor();
        if (user == null) {
            store = SettingsStore.forUser();
            user = new UserSettings(store);
        }
        FxDialogs dialogs = new FxDialogs(() -> stage);
        AppComposition app = new AppComposition(executor, dialogs, new RecentFiles(user),
                org.embedscope.app.lesson.LessonLibrary.userFolder(store.file().getParent()));
        MainView view = new MainView(app);
        // A bug must not end in a silent window or a stack trace on the console only: say so, keep going.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            System.err.println("embedscope: unexpected error: " + error);
            dialogs.showError("Something went wrong", "Embedscope ran into an unexpected problem and skipped"
                    + " the action that caused it.\n\n" + org.embedscope.app.errors.ErrorMessages.sentence(error));
        });
        MainWindow.show(stage, view, app.main(), user);
        if (user.loadProblem() != null) {
            dialogs.showWarning("Settings not read", org.embedscope.app.errors.ErrorMessages.sentence(user.loadProblem()));
        }

        LaunchOptions launch = options;
        if (launch.panel() != null) {
            view.showPanel(launch.panel());
        }
        app.presenterProperty().set(launch.presenter());
        showStartPage(app, user, launch);
        if (launch.screenshot() != null || launch.session() != null) {
            app.sessions().dismissOffer();
        }
        Runnable whenMapped = () -> {
            if (launch.select() != null && !app.workspace().focus(launch.select())) {
                System.err.println("embedscope: unknown word: " + launch.select());
            }
            if (launch.lesson() != null) {
                app.lessons().start(launch.lesson(), launch.step());
            }
            if (launch.saveSession() != null) {
                app.sessions().save(launch.saveSession(), () -> { });
            }
        };
        if (launch.screenshot() != null) {
            new Screenshot(stage, view.mapView(), executor, launch.screenshot()).takeWhenReady();
        }
        app.projection().settings().dimsProperty().set(launch.dims());
        if (launch.session() != null) {
            app.sessions().open(launch.session(), whenMapped);
        } else {
            app.main().open(launch.vectors(), launch.open(), whenMapped);
        }
        if (hook != null) {
            hook.started(stage, view, app, executor);
        }
    }

    /** The start page opens over the window unless the user turned it off or asked for something else. */
    private static void showStartPage(AppComposition app, UserSettings user, LaunchOptions launch) {
        var lessons = app.lessons();
        lessons.showAtStartProperty().set(!Boolean.FALSE.equals(user.settings().showStartPage));
        lessons.showAtStartProperty().addListener((o, was, on) -> {
            user.settings().showStartPage = on;
            user.save();
        });
        boolean askedForSomething = launch.lesson() != null || launch.session() != null || launch.vectors() != null
                || launch.screenshot() != null || launch.panel() != null;
        lessons.startPageShownProperty().set(launch.startPage() != null ? launch.startPage()
                : lessons.showAtStartProperty().get() && !askedForSomething);
        for (String problem : lessons.library().problems()) {
            System.err.println("embedscope: " + problem);
        }
    }

    @Override
    public void stop() {
        if (user != null) {
            user.flush();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
