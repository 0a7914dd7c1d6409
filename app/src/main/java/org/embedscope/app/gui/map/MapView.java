package org.embedscope.app.gui.map;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.embedscope.render.scatter.DragTool;
import org.embedscope.render.scatter.PointCloudView;
import org.embedscope.render.scatter.ScatterPlot;
import org.embedscope.render.scatter.ScatterPlot3D;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The map on screen: draws what its {@link MapViewModel} says (points, colours, marks, caption,
 * legend) in the 2D or the 3D plot, and reports clicks and view changes back to it.
 */
public final class MapView extends StackPane {
    private final MapViewModel model;
    private final ScatterPlot plot2d = new ScatterPlot();
    private ScatterPlot3D plot3d;
    private PointCloudView active = plot2d;
    private final StackPane plotHolder = new StackPane(plot2d);
    private final MapLegend legend = new MapLegend();
    private boolean syncing;

    public MapView(MapViewModel model, IsolationViewModel isolation) {
        this.model = model;
        getStyleClass().add("map-view");
        plot2d.setId("map");
        plot2d.setLandmarks(null, model.labelDensityProperty().get());
        model.labelDensityProperty().addListener((o, old, count) -> plot2d.setLandmarks(null, count.intValue()));
        model.labelColumnProperty().addListener((o, old, column) -> active.setLabels(model::labelOf));
        model.pointSizeProperty().addListener((o, old, size) -> restyle());
        model.lightProperty().addListener((o, old, light) -> restyle());
        model.presenterProperty().addListener((o, old, on) -> restyle());
        legend.layoutBoundsProperty().addListener((o, old, bounds) -> makeRoomForLegend());
        legend.visibleProperty().addListener((o, old, shown) -> makeRoomForLegend());
        plot2d.layoutBoundsProperty().addListener((o, old, bounds) -> makeRoomForLegend());
        restyle();
        configure(plot2d);

        Label caption = new Label();
        caption.getStyleClass().add("map-caption");
        caption.setMouseTransparent(true);
        caption.textProperty().bind(model.captionProperty());
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setMargin(caption, new Insets(10));

        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setMaxSize(64, 64);
        waiting.setMouseTransparent(true);
        waiting.visibleProperty().bind(model.frameProperty().isNull());

        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        SelectionBar selection = new SelectionBar(model, isolation);
        StackPane.setAlignment(selection, Pos.BOTTOM_CENTER);
        StackPane.setMargin(selection, new Insets(10));
        plot2d.setOnRegionSelected(model::selectRegion);
        toolbar = buildToolbar();
        toolbar.widthProperty().addListener((o, old, w) -> makeRoomForLegend());
        getChildren().addAll(plotHolder, caption, toolbar, legend, selection, waiting);

        model.frameProperty().addListener((o, old, frame) -> draw(frame));
        model.coloringProperty().addListener((o, old, coloring) -> showColoring(coloring));
        model.highlightsProperty().addListener((o, old, marks) -> active.setHighlights(marks));
        model.arrowsProperty().addListener((o, old, arrows) -> active.setArrows(arrows));
        model.selectedPointProperty().addListener((o, old, point) -> {
            syncing = true;
            active.selectedIndexProperty().set(point.intValue());
            syncing = false;
            keepVisible(point.intValue());
        });
        plot2d.viewportProperty().addListener((o, old, viewport) -> {
            if (!syncing) {
                model.viewportProperty().set(viewport);
            }
        });
        model.viewportProperty().addListener((o, old, viewport) -> {
            if (viewport != null && !Objects.equals(viewport, plot2d.viewportProperty().get())) {
                syncing = true;
                plot2d.setViewport(viewport);
                syncing = false;
            }
        });
        model.cameraProperty().addListener((o, old, camera) -> {
            if (camera != null && plot3d != null && !Objects.equals(camera, plot3d.cameraProperty().get())) {
                syncing = true;
                plot3d.setCamera(camera);
                syncing = false;
            }
        });
        draw(model.frameProperty().get());
    }

    private static final double PRESENTER_TEXT_SCALE = 1.7;

    private static final int FEW_WORDS = 500;
    private VBox toolbar;
    private org.embedscope.render.scatter.PlotStyle.FitRoom legendRoom =
            org.embedscope.render.scatter.PlotStyle.FitRoom.NONE;

    /**
     * Fitting the map keeps its points out from under the legend: room along the bottom or the left edge,
     * whichever costs the map less. A view the user has not moved is fitted again.
     */
    private void makeRoomForLegend() {
        double w = plot2d.getWidth();
        double h = plot2d.getHeight();
        // The zoom toolbar along the right edge always lies over the map.
        double right = toolbar == null ? 0 : toolbar.getWidth();
        var room = new org.embedscope.render.scatter.PlotStyle.FitRoom(0, 0, right, 0);
        // A map of a few words is read word by word, so none may hide under the legend; a dense map
        // would shrink too much for the few points the legend covers, which panning brings out.
        if (legend.isVisible() && w > 0 && h > 0 && plot2d.pointCount() <= FEW_WORDS) {
            var size = legend.getLayoutBounds();
            double bottom = (size.getHeight() + 10) / h;
            double left = (size.getWidth() + 10) / w;
            // More than half the map for a legend is too much: then points may lie under it.
            if (Math.min(bottom, left) < 0.5) {
                room = bottom <= left
                        ? new org.embedscope.render.scatter.PlotStyle.FitRoom(0, 0, right, bottom * h)
                        : new org.embedscope.render.scatter.PlotStyle.FitRoom(left * w, 0, right, 0);
            }
        }
        if (!room.equals(legendRoom)) {
            legendRoom = room;
            restyle();
            if (!plot2d.isUserAdjusted()) {
                plot2d.fitToData();
            }
        }
    }

    private void restyle() {
        org.embedscope.render.scatter.PlotStyle base = model.lightProperty().get()
                ? org.embedscope.render.scatter.PlotStyle.LIGHT : org.embedscope.render.scatter.PlotStyle.DARK;
        int chosen = model.pointSizeProperty().get() + (model.presenterProperty().get() ? 1 : 0);
        int radius = Math.max(1, Math.min(org.embedscope.render.scatter.PlotStyle.MAX_RADIUS, chosen));
        var style = base.withPointRadius(radius).withFitRoom(legendRoom);
        if (model.presenterProperty().get()) {
            // A projector washes out thin, translucent text: larger and opaque.
            javafx.scene.paint.Color text = style.labels();
            style = style.withTextScale(PRESENTER_TEXT_SCALE)
                    .withLabels(javafx.scene.paint.Color.color(text.getRed(), text.getGreen(), text.getBlue()));
        }
        plot2d.setStyle(style);
    }

    /** The 2D plot (always present; the 3D one is created on first use). */
    public ScatterPlot plot() {
        return plot2d;
    }

    /** The plot on screen. */
    public PointCloudView activeView() {
        return active;
    }

    private void configure(PointCloudView view) {
        view.setOnPointClick(model::clickPoint);
        view.setLabels(model::labelOf);
        view.setTooltips(model::tooltipOf);
        view.selectedIndexProperty().addListener((o, old, point) -> {
            if (!syncing && view == active) {
                model.selectedPointProperty().set(point.intValue());
            }
        });
    }

    private VBox buildToolbar() {
        Button fit = iconButton("mdi2f-fit-to-screen-outline", "Fit the map to the window (0)", () -> active.fitToData());
        Button zoomIn = iconButton("mdi2m-magnify-plus-outline", "Zoom in (+)", () -> active.zoom(1.4));
        Button zoomOut = iconButton("mdi2m-magnify-minus-outline", "Zoom out (-)", () -> active.zoom(1 / 1.4));
        ToggleButton dims = new ToggleButton("3D");
        dims.setId("toggle-3d");
        dims.getStyleClass().add("map-tool");
        dims.setTooltip(new Tooltip("Show the map in three dimensions (drag to rotate)"));
        dims.selectedProperty().bindBidirectional(model.threeDProperty());
        javafx.scene.control.ToggleGroup tools = new javafx.scene.control.ToggleGroup();
        ToggleButton pan = tool(tools, "mdi2c-cursor-move", "Drag to pan", DragTool.PAN);
        ToggleButton boxTool = tool(tools, "mdi2s-selection", "Drag a box to select (or Shift-drag)", DragTool.BOX);
        ToggleButton lasso = tool(tools, "mdi2l-lasso", "Draw a lasso to select (or Ctrl-drag)", DragTool.LASSO);
        pan.setSelected(true);
        tools.selectedToggleProperty().addListener((o, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true);
            } else {
                plot2d.setDragTool((DragTool) chosen.getUserData());
            }
        });
        VBox box = new VBox(6, zoomIn, zoomOut, fit, dims, pan, boxTool, lasso);
        box.setPickOnBounds(false);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_RIGHT);
        StackPane.setMargin(box, new Insets(10));
        return box;
    }

    private static ToggleButton tool(javafx.scene.control.ToggleGroup group, String icon, String tip, DragTool tool) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setId("tool-" + tool.name().toLowerCase(java.util.Locale.ROOT));
        button.getStyleClass().add("map-tool");
        button.setTooltip(new Tooltip(tip));
        button.setToggleGroup(group);
        button.setUserData(tool);
        return button;
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().add("map-tool");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void draw(MapFrame frame) {
        if (frame == null) {
            for (PointCloudView view : views()) {
                view.setPoints(new float[0], 0, true);
                view.setHighlights(List.of());
                view.setArrows(List.of());
            }
            legend.show(null);
            return;
        }
        MapLayout layout = frame.layout();
        PointCloudView view = layout.dims() == 3 ? plot3d() : plot2d;
        if (view != active) {
            active.setHighlights(List.of());
            active.setArrows(List.of());
            active = view;
            plotHolder.getChildren().setAll(view.node());
        }
        boolean refit = switch (frame.refit()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case UNLESS_USER_MOVED -> view != plot2d || !plot2d.isUserAdjusted();
        };
        syncing = true;
        view.setPoints(layout.positions(), layout.points(), refit);
        view.selectedIndexProperty().set(model.selectedPointProperty().get());
        syncing = false;
        showColoring(model.coloringProperty().get());
        view.setHighlights(model.highlightsProperty().get());
        view.setArrows(model.arrowsProperty().get());
        makeRoomForLegend();
    }

    /** Colours apply to the points they were made for; the next frame brings its own. */
    private void showColoring(MapColoring coloring) {
        if (coloring != null && coloring.colors().length == active.pointCount()) {
            active.setPointColors(coloring.colors());
        }
        legend.show(coloring);
    }

    private List<PointCloudView> views() {
        return plot3d == null ? List.of(plot2d) : List.of(plot2d, plot3d);
    }

    private ScatterPlot3D plot3d() {
        if (plot3d == null) {
            plot3d = new ScatterPlot3D();
            plot3d.setId("map3d");
            configure(plot3d);
            if (model.cameraProperty().get() != null) {
                plot3d.setCamera(model.cameraProperty().get());
            }
            plot3d.cameraProperty().addListener((o, old, camera) -> {
                if (!syncing) {
                    model.cameraProperty().set(camera);
                }
            });
        }
        return plot3d;
    }

    /** Pans to the focused word when it is outside the visible part of the 2D map. */
    private void keepVisible(int point) {
        if (active != plot2d || point < 0) {
            return;
        }
        javafx.geometry.Point2D p = plot2d.screenPosition(point);
        if (p != null && (p.getX() < 0 || p.getY() < 0 || p.getX() > plot2d.getWidth() || p.getY() > plot2d.getHeight())) {
            plot2d.centerOn(point);
        }
    }
}
