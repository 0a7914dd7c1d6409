package org.embedscope.app.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.embedscope.app.gui.map.MapView;
import org.embedscope.app.gui.neighbors.NeighborsView;
import org.embedscope.app.gui.neighbors.NeighborsViewModel;
import org.embedscope.app.gui.status.StatusBarView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: menu, side panels, the map and the status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final NeighborsView neighborsView;
    private final MapView mapView;

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-view");
        NeighborsViewModel neighbors = new NeighborsViewModel(model.workspace(), model.tasks());
        neighborsView = new NeighborsView(neighbors);
        mapView = new MapView(model.workspace(), neighbors.results());

        TabPane panels = new TabPane(tab("Neighbours", "mdi2v-vector-circle", neighborsView));
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.getStyleClass().add("side-tabs");
        panels.setMinWidth(300);

        SplitPane split = new SplitPane(panels, mapView);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(panels, false);

        setTop(buildMenu());
        setCenter(split);
        setBottom(new StatusBarView(model));
        model.setErrorSink(this::showError);
    }

    public MapView mapView() {
        return mapView;
    }

    private static Tab tab(String title, String icon, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private MenuBar buildMenu() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> javafx.application.Platform.exit());
        Menu file = new Menu("File", null, quit);

        MenuItem find = new MenuItem("Find word\u2026");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> neighborsView.focusQuery());
        MenuItem fit = new MenuItem("Fit map to window");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> mapView.plot().fitToData());
        MenuItem cancel = new MenuItem("Cancel running task");
        cancel.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.ESCAPE));
        cancel.setOnAction(e -> model.tasks().cancelShown());
        Menu view = new Menu("View", null, find, fit, cancel);

        MenuItem about = new MenuItem("About Embedscope");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, view, help);
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Something went wrong");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Explore word embeddings: neighbours, projections, analogies.\n\n"
                        + "Bundled data: GloVe 6B 100d (Pennington, Socher and Manning, 2014), "
                        + "public domain (PDDL), 50,000 most frequent words stored as half floats.");
        alert.setHeaderText("Embedscope");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }
}
