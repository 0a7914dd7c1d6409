package org.embedscope.app.gui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.embedscope.app.settings.UserSettings;
import org.embedscope.app.settings.WindowBounds;

/** Puts the main view in a stage sized for the screen it opens on, and remembers where it was left. */
final class MainWindow {
    private MainWindow() {
    }

    static void show(Stage stage, MainView view, MainViewModel model, UserSettings user) {
        var theme = view.app().themeProperty();
        theme.set(Theme.parse(user.settings().theme));
        theme.get().apply(view);
        theme.addListener((o, old, chosen) -> {
            chosen.apply(view);
            user.settings().theme = chosen.name().toLowerCase(java.util.Locale.ROOT);
            user.save();
        });
        Scene scene = new Scene(view);
        org.embedscope.app.gui.common.NumberTips.install(scene);
        scene.getStylesheets().add(MainWindow.class.getResource("embedscope.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        Rectangle2D screen = screenFor(user.settings().window);
        WindowBounds bounds = WindowPlacement.initial(screen, user.settings().window);
        stage.setMinWidth(WindowPlacement.minWidth(screen));
        stage.setMinHeight(WindowPlacement.minHeight(screen));
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
        stage.setOnHidden(e -> remember(stage, user));
        stage.show();
    }

    /** The screen the window was on last time, else the primary one. */
    private static Rectangle2D screenFor(WindowBounds saved) {
        if (saved != null) {
            var screens = Screen.getScreensForRectangle(saved.x(), saved.y(), Math.max(1, saved.width()),
                    Math.max(1, saved.height()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static void remember(Stage stage, UserSettings user) {
        WindowBounds previous = user.settings().window;
        // A maximised window's own bounds are the screen's; keep the size it had before, for un-maximising.
        user.settings().window = stage.isMaximized() && previous != null
                ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        user.save();
        // The window is going away and the process may end with it: this save must reach the disk.
        user.flush();
    }
}
