package org.embedscope.app.gui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.embedscope.app.gui.export.ExportViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar: File (open, recent, bundled dataset, quit), View and Help. */
final class MainMenu {
    private final AppComposition app;
    private final MainViewModel model;
    private final MainView view;
    private final Menu recent = new Menu("Open Recent");

    MainMenu(AppComposition app, MainView view) {
        this.app = app;
        this.model = app.main();
        this.view = view;
    }

    private MenuBar bar;

    MenuBar build() {
        bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("main-menu");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open\u2026", "mdi2f-folder-open-outline", "Shortcut+O", model::chooseAndOpen);
        open.setId("menu-open");
        MenuItem withOptions = item("Open With Options\u2026", "mdi2f-file-cog-outline", "Shortcut+Shift+O",
                model::openWithOptions);
        MenuItem bundled = item("Open Bundled GloVe Dataset", "mdi2d-database-outline", null, () -> model.open(null));
        var sessions = app.sessions();
        MenuItem openSession = item("Open Session\u2026", "mdi2f-folder-star-outline", "Shortcut+Alt+O",
                sessions::chooseAndOpen);
        openSession.setId("menu-open-session");
        MenuItem saveSession = item("Save Session", "mdi2c-content-save-outline", "Shortcut+S", sessions::save);
        saveSession.setId("menu-save-session");
        MenuItem saveSessionAs = item("Save Session As\u2026", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S",
                sessions::saveAs);
        Menu export = new Menu("Export Map", new FontIcon("mdi2e-export"));
        export.setId("menu-export");
        for (ExportViewModel.Kind kind : ExportViewModel.Kind.values()) {
            String label = switch (kind) {
                case PNG -> "As PNG Image (2\u00d7)\u2026";
                case SVG -> "As SVG Drawing\u2026";
                case CSV -> "Coordinates as CSV\u2026";
                case TSV -> "Coordinates as TSV\u2026";
            };
            MenuItem item = item(label, null, kind == ExportViewModel.Kind.PNG ? "Shortcut+E" : null,
                    () -> app.export().export(kind));
            item.setId("menu-export-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            export.getItems().add(item);
        }
        MenuItem quit = item("Quit", null, "Shortcut+Q", Platform::exit);
        recent.setId("menu-recent");
        model.recentFiles().files().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        return new Menu("File", null, open, withOptions, recent, bundled, new SeparatorMenuItem(), openSession,
                saveSession, saveSessionAs, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
    }

    private Menu viewMenu() {
        MenuItem find = item("Find Word\u2026", "mdi2m-magnify", "Shortcut+F", view::focusSearch);
        MenuItem fit = item("Fit Map to Window", "mdi2f-fit-to-screen-outline", "Shortcut+0",
                () -> view.mapView().activeView().fitToData());
        MenuItem cancel = item("Cancel Running Task", "mdi2c-close-circle-outline", null,
                app.executor()::cancelNewestVisible);
        cancel.setAccelerator(new KeyCodeCombination(KeyCode.ESCAPE));
        MenuItem bookmark = item("Add Bookmark", "mdi2b-bookmark-plus-outline", "Shortcut+B", () -> {
            app.sessions().addBookmark(null);
            view.showPanel("bookmarks");
        });
        Menu theme = new Menu("Theme", new FontIcon("mdi2t-theme-light-dark"));
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        for (Theme t : Theme.values()) {
            javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(t.label());
            choice.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(themes);
            choice.setSelected(app.themeProperty().get() == t);
            choice.setOnAction(e -> app.themeProperty().set(t));
            app.themeProperty().addListener((o, old, value) -> choice.setSelected(value == t));
            theme.getItems().add(choice);
        }
        javafx.scene.control.CheckMenuItem presenter = new javafx.scene.control.CheckMenuItem("Presenter Mode",
                new FontIcon("mdi2p-projector-screen-outline"));
        presenter.setId("menu-presenter");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenter.selectedProperty().bindBidirectional(app.presenterProperty());
        return new Menu("View", null, find, fit, bookmark, theme, presenter, new SeparatorMenuItem(), cancel);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1", this::showShortcuts);
        MenuItem about = item("About Embedscope", "mdi2i-information-outline", null, this::showAbout);
        MenuItem start = item("Start Page", "mdi2h-home-outline", null,
                () -> app.lessons().startPageShownProperty().set(true));
        start.setId("menu-start-page");
        Menu lessons = new Menu("Lessons", new FontIcon("mdi2s-school-outline"));
        lessons.setId("menu-lessons");
        int number = 1;
        for (var lesson : app.lessons().lessons()) {
            MenuItem item = item(number++ + ". " + lesson.title(), null, null, () -> {
                app.lessons().startPageShownProperty().set(false);
                app.lessons().start(lesson.id(), 0);
            });
            item.setMnemonicParsing(false);
            item.setId("menu-lesson-" + lesson.id());
            lessons.getItems().add(item);
        }
        return new Menu("Help", null, lessons, start, new SeparatorMenuItem(), shortcuts, about);
    }

    private static MenuItem item(String text, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        for (Path file : model.recentFiles().files()) {
            // Names are shown exactly: without this, an underscore would be taken for a mnemonic and vanish.
            MenuItem item = new MenuItem(file.getFileName() + "   \u2014 " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openRecent(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            recent.getItems().addAll(new SeparatorMenuItem(),
                    item("Clear Recent Files", null, null, model.recentFiles()::clear));
        }
    }

    /** Every menu accelerator, read from the menus themselves, then the map's mouse and key gestures. */
    private void showShortcuts() {
        ShortcutsDialog.show(bar, view.getScene() == null ? null : view.getScene().getWindow());
    }

    private void showAbout() {
        app.dialogs().showInformation("Embedscope", "Explore word embeddings: neighbours, projections, analogies.\n\n"
                + "Bundled data: GloVe 6B 100d (Pennington, Socher and Manning, 2014), public domain "
                + "(PDDL); the 50,000 most frequent words, stored as half floats.");
    }
}
