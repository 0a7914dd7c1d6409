package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.embedscope.app.gui.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.render.scatter.Highlight;
import org.embedscope.render.scatter.ScatterPlot;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The map: every word as a point at its projected position, linked to the shared selection, with
 * the selected word's neighbours highlighted and labelled.
 */
public final class MapView extends StackPane {
    static final Color NEIGHBOR_COLOR = Color.rgb(255, 170, 60);

    private final Workspace workspace;
    private final ObservableList<Neighbor> neighbors;
    private final ScatterPlot plot = new ScatterPlot();
    private final Label caption = new Label();
    private final ProgressIndicator waiting = new ProgressIndicator();

    public MapView(Workspace workspace, ObservableList<Neighbor> neighbors) {
        this.workspace = workspace;
        this.neighbors = neighbors;
        getStyleClass().add("map-view");
        plot.setId("map");

        caption.getStyleClass().add("map-caption");
        caption.setMouseTransparent(true);
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setMargin(caption, new Insets(10));

        waiting.setMaxSize(64, 64);
        waiting.setMouseTransparent(true);
        waiting.visibleProperty().bind(workspace.layoutProperty().isNull());

        getChildren().addAll(plot, caption, buildToolbar(), waiting);

        workspace.storeProperty().addListener((o, old, store) -> showStore(store));
        workspace.layoutProperty().addListener((o, old, layout) -> showLayout(layout));
        plot.selectedIndexProperty().addListener((o, old, index) -> workspace.selectedIndexProperty().set(index.intValue()));
        workspace.selectedIndexProperty().addListener((o, old, index) -> {
            plot.selectedIndexProperty().set(index.intValue());
            keepVisible(index.intValue());
        });
        neighbors.addListener((ListChangeListener<Neighbor>) change -> updateHighlights());
    }

    public ScatterPlot plot() {
        return plot;
    }

    private VBox buildToolbar() {
        Button fit = iconButton("mdi2f-fit-to-screen-outline", "Fit the map to the window (0)", plot::fitToData);
        Button zoomIn = iconButton("mdi2m-magnify-plus-outline", "Zoom in (+)", () -> plot.zoom(1.4));
        Button zoomOut = iconButton("mdi2m-magnify-minus-outline", "Zoom out (-)", () -> plot.zoom(1 / 1.4));
        VBox box = new VBox(6, zoomIn, zoomOut, fit);
        box.setPickOnBounds(false);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
        StackPane.setMargin(box, new Insets(10));
        return box;
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().add("map-tool");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showStore(VectorStore store) {
        plot.setPoints(new float[0], 0, true);
        plot.setHighlights(List.of());
        if (store == null) {
            return;
        }
        plot.setLabels(store::word);
        plot.setTooltips(i -> store.word(i) + "   #" + (i + 1));
        plot.setPointColors(PointColors.byRank(store.size()));
        plot.setLandmarks(null, 60);
    }

    private void showLayout(MapLayout layout) {
        if (layout == null) {
            caption.setText("");
            return;
        }
        plot.setPoints(layout.xy(), layout.points(), true);
        caption.setText(layout.title() + "   \u2192 " + layout.xAxis() + "   \u2191 " + layout.yAxis());
        updateHighlights();
    }

    private void updateHighlights() {
        List<Highlight> highlights = new ArrayList<>();
        for (Neighbor n : neighbors) {
            highlights.add(new Highlight(n.index(), NEIGHBOR_COLOR));
        }
        plot.setHighlights(highlights);
    }

    /** Pans to the selected word when it is outside the visible part of the map. */
    private void keepVisible(int index) {
        javafx.geometry.Point2D p = plot.screenPosition(index);
        if (p != null && (p.getX() < 0 || p.getY() < 0 || p.getX() > plot.getWidth() || p.getY() > plot.getHeight())) {
            plot.centerOn(index);
        }
    }
}
