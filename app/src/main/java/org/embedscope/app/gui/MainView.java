package org.embedscope.app.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.embedscope.app.gui.map.MapView;
import org.embedscope.app.gui.neighbors.NeighborsView;
import org.embedscope.app.gui.neighbors.NeighborsViewModel;
import org.embedscope.app.gui.status.StatusBarView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: menu, side panels, the map and the status bar; files can be dropped on it. */
public final class MainView extends StackPane {
    private final MainViewModel model;
    private final NeighborsView neighborsView;
    private final MapView mapView;

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main-view");
        NeighborsViewModel neighbors = new NeighborsViewModel(model.workspace(), model.tasks());
        neighborsView = new NeighborsView(neighbors);
        mapView = new MapView(model.workspace(), neighbors.results());
        mapView.threeDProperty().addListener((o, was, on) -> model.setMapDimensions(on ? 3 : 2));

        TabPane panels = new TabPane(tab("Neighbours", "mdi2v-vector-circle", neighborsView));
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.getStyleClass().add("side-tabs");
        panels.setMinWidth(300);

        SplitPane split = new SplitPane(panels, mapView);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(panels, false);

        BorderPane content = new BorderPane();
        content.setTop(new MainMenu(model, this).build());
        content.setCenter(split);
        content.setBottom(new StatusBarView(model));
        getChildren().addAll(content, new DropOverlay(this, model::openDropped));
        model.setErrorSink(this::showError);
    }

    public MapView mapView() {
        return mapView;
    }

    void focusSearch() {
        neighborsView.focusQuery();
    }

    private static Tab tab(String title, String icon, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId("error-dialog");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }
}
