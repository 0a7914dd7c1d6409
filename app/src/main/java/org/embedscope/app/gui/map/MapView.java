package org.embedscope.app.gui.map;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.render.scatter.PointCloudView;
import org.embedscope.render.scatter.ScatterPlot;
import org.embedscope.render.scatter.ScatterPlot3D;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The map: every word as a point at its projected position (2D or 3D), linked to the shared
 * selection, with the selected word's neighbours highlighted and labelled.
 */
public final class MapView extends StackPane {
    private final Workspace workspace;
    private final ObjectProperty<MapAnnotations> annotations =
            new SimpleObjectProperty<>(this, "annotations", MapAnnotations.NONE);
    private final ScatterPlot plot2d = new ScatterPlot();
    private ScatterPlot3D plot3d;
    private PointCloudView active = plot2d;
    private final StackPane plotHolder = new StackPane(plot2d);
    private final Label caption = new Label();
    private final ProgressIndicator waiting = new ProgressIndicator();
    private final BooleanProperty threeD = new SimpleBooleanProperty(this, "threeD", false);
    private final MapLegend legend;
    private boolean syncing;

    public MapView(Workspace workspace) {
        this.workspace = workspace;
        getStyleClass().add("map-view");
        plot2d.setId("map");

        caption.getStyleClass().add("map-caption");
        caption.setMouseTransparent(true);
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setMargin(caption, new Insets(10));

        waiting.setMaxSize(64, 64);
        waiting.setMouseTransparent(true);
        waiting.visibleProperty().bind(workspace.layoutProperty().isNull());

        legend = new MapLegend();
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().addAll(plotHolder, caption, buildToolbar(), legend, waiting);
        workspace.coloringProperty().addListener((o, old, coloring) -> showColoring(coloring));

        workspace.storeProperty().addListener((o, old, store) -> showStore(store));
        workspace.layoutProperty().addListener((o, old, layout) -> showLayout(layout));
        plot2d.selectedIndexProperty().addListener((o, old, index) -> fromPlot(index.intValue()));
        workspace.selectedIndexProperty().addListener((o, old, index) -> {
            syncing = true;
            active.selectedIndexProperty().set(index.intValue());
            syncing = false;
            keepVisible(index.intValue());
        });
        annotations.addListener((o, old, value) -> updateAnnotations());
    }

    /** The 2D plot (always present; the 3D one is created on first use). */
    public ScatterPlot plot() {
        return plot2d;
    }

    /** The view currently on screen. */
    public PointCloudView activeView() {
        return active;
    }

    /** Highlights and arrows to draw; the main view binds this to the active panel's. */
    public ObjectProperty<MapAnnotations> annotationsProperty() {
        return annotations;
    }

    /** Whether the user asked for a 3D map; the projection that makes it is the view model's job. */
    public BooleanProperty threeDProperty() {
        return threeD;
    }

    private void fromPlot(int index) {
        if (!syncing) {
            workspace.selectedIndexProperty().set(index);
        }
    }

    private VBox buildToolbar() {
        Button fit = iconButton("mdi2f-fit-to-screen-outline", "Fit the map to the window (0)", () -> active.fitToData());
        Button zoomIn = iconButton("mdi2m-magnify-plus-outline", "Zoom in (+)", () -> active.zoom(1.4));
        Button zoomOut = iconButton("mdi2m-magnify-minus-outline", "Zoom out (-)", () -> active.zoom(1 / 1.4));
        ToggleButton dims = new ToggleButton("3D");
        dims.setId("toggle-3d");
        dims.getStyleClass().add("map-tool");
        dims.setTooltip(new Tooltip("Show the map in three dimensions (drag to rotate)"));
        dims.selectedProperty().bindBidirectional(threeD);
        VBox box = new VBox(6, zoomIn, zoomOut, fit, dims);
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
        for (PointCloudView view : views()) {
            view.setPoints(new float[0], 0, true);
            view.setHighlights(List.of());
            view.setArrows(List.of());
        }
        if (store == null) {
            return;
        }
        for (PointCloudView view : views()) {
            configure(view, store);
        }
        plot2d.setLandmarks(null, 60);
        showColoring(workspace.coloringProperty().get());
    }

    private static void configure(PointCloudView view, VectorStore store) {
        view.setLabels(store::word);
        view.setTooltips(i -> store.word(i) + "   #" + (i + 1));
    }

    private void showColoring(MapColoring coloring) {
        if (coloring == null) {
            return;
        }
        for (PointCloudView view : views()) {
            view.setPointColors(coloring.colors());
        }
        legend.show(coloring);
    }

    private List<PointCloudView> views() {
        return plot3d == null ? List.of(plot2d) : List.of(plot2d, plot3d);
    }

    private void showLayout(MapLayout layout) {
        if (layout == null) {
            caption.setText("");
            return;
        }
        PointCloudView view = layout.dims() == 3 ? plot3d() : plot2d;
        if (view != active) {
            active = view;
            plotHolder.getChildren().setAll(view.node());
            view.selectedIndexProperty().set(workspace.selectedIndexProperty().get());
            plot2d.setHighlights(List.of());
            plot2d.setArrows(List.of());
        }
        // While t-SNE runs the map keeps fitting itself, unless the user has zoomed or panned.
        boolean refit = !layout.live() || (view == plot2d && !plot2d.isUserAdjusted());
        if (layout.live() && view != plot2d) {
            refit = false;
        }
        view.setPoints(layout.coordinates(), layout.points(), refit);
        caption.setText(layout.caption());
        updateAnnotations();
    }

    private ScatterPlot3D plot3d() {
        if (plot3d == null) {
            plot3d = new ScatterPlot3D();
            plot3d.setId("map3d");
            plot3d.selectedIndexProperty().addListener((o, old, index) -> fromPlot(index.intValue()));
            VectorStore store = workspace.store();
            if (store != null) {
                configure(plot3d, store);
            }
            MapColoring coloring = workspace.coloringProperty().get();
            if (coloring != null) {
                plot3d.setPointColors(coloring.colors());
            }
        }
        return plot3d;
    }

    private void updateAnnotations() {
        MapAnnotations current = annotations.get() == null ? MapAnnotations.NONE : annotations.get();
        active.setHighlights(current.highlights());
        active.setArrows(current.arrows());
    }

    /** Pans to the selected word when it is outside the visible part of the 2D map. */
    private void keepVisible(int index) {
        if (active != plot2d) {
            return;
        }
        javafx.geometry.Point2D p = plot2d.screenPosition(index);
        if (p != null && (p.getX() < 0 || p.getY() < 0 || p.getX() > plot2d.getWidth() || p.getY() > plot2d.getHeight())) {
            plot2d.centerOn(index);
        }
    }
}
