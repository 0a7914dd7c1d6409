package org.embedscope.app.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.embedscope.app.gui.analogy.AnalogyView;
import org.embedscope.app.gui.analogy.AnalogyViewModel;
import org.embedscope.app.gui.evaluate.EvaluateView;
import org.embedscope.app.gui.evaluate.EvaluateViewModel;
import org.embedscope.app.gui.map.MapView;
import org.embedscope.app.gui.projection.ProjectionView;
import org.embedscope.app.gui.neighbors.NeighborsView;
import org.embedscope.app.gui.neighbors.NeighborsViewModel;
import org.embedscope.app.gui.status.StatusBarView;

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
        AnalogyViewModel analogy = new AnalogyViewModel(model.workspace(), model.tasks());
        EvaluateViewModel evaluate = new EvaluateViewModel(model.workspace(), model.tasks());
        mapView = new MapView(model.workspace());
        // The map's 3D button and the Projection panel's 2D/3D choice are one setting.
        mapView.threeDProperty().addListener((o, was, on) -> model.projection().dimsProperty().set(on ? 3 : 2));
        model.projection().dimsProperty().addListener((o, old, d) -> mapView.threeDProperty().set(d.intValue() == 3));

        Tab neighborsTab = tab("Neighbours", neighborsView);
        Tab analogyTab = tab("Analogy", new AnalogyView(analogy, neighbors::complete));
        analogyTab.setId("tab-analogy");
        Tab evaluateTab = tab("Evaluate", new EvaluateView(evaluate));
        evaluateTab.setId("tab-evaluate");
        Tab projectionTab = tab("Map",
                new ProjectionView(model.projection(), model.coloring()));
        projectionTab.setId("tab-projection");
        TabPane panels = new TabPane(neighborsTab, analogyTab, projectionTab, evaluateTab);
        // The map shows what the panel in front is about: neighbours or the analogy's parallelogram.
        panels.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            mapView.annotationsProperty().unbind();
            mapView.annotationsProperty().bind(tab == analogyTab ? analogy.annotationsProperty()
                    : neighbors.annotationsProperty());
        });
        mapView.annotationsProperty().bind(neighbors.annotationsProperty());
        panels.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        panels.getStyleClass().add("side-tabs");
        panels.setMinWidth(420);

        SplitPane split = new SplitPane(panels, mapView);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(panels, false);

        BorderPane content = new BorderPane();
        content.setTop(new MainMenu(model, this).build());
        content.setCenter(split);
        content.setBottom(new StatusBarView(model));
        getChildren().addAll(content, new DropOverlay(this, model::openDropped));
        model.setErrorSink(this::showError);
        model.setWarningSink(this::showWarning);
    }

    public MapView mapView() {
        return mapView;
    }

    void focusSearch() {
        neighborsView.focusQuery();
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        // Text only: four labelled tabs must fit the panel's width without an overflow menu.
        return new Tab(title, content);
    }

    /** Reports a programming error that reached the FX thread, without closing anything. */
    public void showUnexpected(Throwable error) {
        showError("Embedscope ran into an unexpected problem and skipped the action that caused it.\n\n"
                + UserMessages.describe(error));
    }

    private void showWarning(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setHeaderText("Opened with warnings");
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("warning-dialog");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("Something went wrong");
        alert.getDialogPane().setId("error-dialog");
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }
}
