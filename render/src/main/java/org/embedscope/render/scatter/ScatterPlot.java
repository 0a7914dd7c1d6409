package org.embedscope.render.scatter;

import java.util.List;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A 2D scatter plot for hundreds of thousands of labelled points. Points are splatted into one
 * pixel buffer (never a Node per point); labels, rings and arrows go on one canvas above it.
 * Wheel zooms around the cursor, dragging pans, a click selects the nearest point, hovering shows
 * its label. Keys: + and - zoom, arrows pan, 0 fits the data.
 *
 * <p>All methods must be called on the JavaFX thread.
 */
public class ScatterPlot extends Region implements PointCloudView {
    private static final double PICK_RADIUS = 8;
    private static final double CLICK_SLOP = 4;

    private final ViewTransform view = new ViewTransform();
    private final ImageView imageView = new ImageView();
    private final LabelLayer labelLayer = new LabelLayer();
    private final HoverTip hoverLabel = new HoverTip();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyIntegerWrapper hoveredIndex = new ReadOnlyIntegerWrapper(this, "hoveredIndex", -1);
    private final ReadOnlyLongWrapper framesDrawn = new ReadOnlyLongWrapper(this, "framesDrawn", 0);
    private final ObjectProperty<Color> background = new SimpleObjectProperty<>(this, "plotBackground", Color.rgb(17, 19, 26));

    private PointRaster raster;
    private ScreenGrid grid;
    private float[] xy = new float[0];
    private int count;
    private int[] colors;
    private int defaultColor = 0xB34FA8FF;
    private IntFunction<String> labels = i -> null;
    private IntFunction<String> tooltips;
    private int[] landmarkOrder;
    private int maxLandmarks = 40;
    private List<Highlight> highlights = List.of();
    private List<Arrow> arrows = List.of();
    private float[] screenX = new float[0];
    private float[] screenY = new float[0];
    private boolean redrawPending;
    private boolean fitPending = true;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragging;
    private boolean userAdjusted;

    public ScatterPlot() {
        getStyleClass().add("scatter-plot");
        setFocusTraversable(true);
        labelLayer.canvas().setMouseTransparent(true);
        getChildren().addAll(imageView, labelLayer.canvas(), hoverLabel);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(100, 100);
        setPrefSize(800, 600);
        selectedIndex.addListener((o, a, b) -> requestRedraw());
        background.addListener((o, a, b) -> requestRedraw());
        installHandlers();
    }

    /**
     * Replaces the points. {@code xy} holds x0, y0, x1, y1, ... in data units (NaN hides a point).
     * With {@code refit} the view zooms to the new data; without, it keeps the user's zoom.
     */
    @Override
    public void setPoints(float[] xy, int count, boolean refit) {
        if (xy.length < 2L * count) {
            throw new IllegalArgumentException("need " + 2L * count + " coordinates, got " + xy.length);
        }
        boolean sizeChanged = count != this.count;
        this.xy = xy;
        this.count = count;
        if (sizeChanged) {
            screenX = new float[count];
            screenY = new float[count];
            labelLayer.resetMeasurements(count);
            hoveredIndex.set(-1);
        }
        fitPending |= refit;
        if (refit) {
            userAdjusted = false;
        }
        requestRedraw();
    }

    /** True once the user zoomed or panned since the view was last fitted to the data. */
    public boolean isUserAdjusted() {
        return userAdjusted;
    }

    @Override
    public int pointCount() {
        return count;
    }

    @Override
    public int dimensions() {
        return 2;
    }

    @Override
    public javafx.scene.Node node() {
        return this;
    }

    /** Straight-alpha ARGB per point, or null to draw every point in the default colour. */
    @Override
    public void setPointColors(int[] argb) {
        this.colors = argb;
        requestRedraw();
    }

    public void setDefaultColor(Color color) {
        defaultColor = toArgb(color);
        requestRedraw();
    }

    @Override
    public void setLabels(IntFunction<String> labels) {
        this.labels = labels;
        labelLayer.resetMeasurements(count);
        requestRedraw();
    }

    /** Text of the hover tooltip; defaults to the label. */
    @Override
    public void setTooltips(IntFunction<String> tooltips) {
        this.tooltips = tooltips;
    }

    /**
     * Points whose labels may be shown wherever there is room, most important first (for words:
     * frequency rank); null means index order. {@code max} caps how many appear at once.
     */
    public void setLandmarks(int[] order, int max) {
        this.landmarkOrder = order;
        this.maxLandmarks = max;
        requestRedraw();
    }

    @Override
    public void setHighlights(List<Highlight> highlights) {
        this.highlights = List.copyOf(highlights);
        requestRedraw();
    }

    @Override
    public void setArrows(List<Arrow> arrows) {
        this.arrows = List.copyOf(arrows);
        requestRedraw();
    }

    @Override
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    @Override
    public ReadOnlyIntegerProperty hoveredIndexProperty() {
        return hoveredIndex.getReadOnlyProperty();
    }

    /** Counts frames drawn with at least one point; tests and screenshots wait on it. */
    @Override
    public ReadOnlyLongProperty framesDrawnProperty() {
        return framesDrawn.getReadOnlyProperty();
    }

    public ObjectProperty<Color> plotBackgroundProperty() {
        return background;
    }

    /** Zooms so that the bulk of the points (outliers aside) fills the view. */
    @Override
    public void fitToData() {
        fitPending = true;
        userAdjusted = false;
        requestRedraw();
    }

    @Override
    public void zoom(double factor) {
        userAdjusted = true;
        view.zoomAround(getWidth() / 2, getHeight() / 2, factor);
        requestRedraw();
    }

    /** Pans so that the point is in the centre, keeping the zoom. */
    public void centerOn(int index) {
        applyPendingFit();
        if (index < 0 || index >= count || Float.isNaN(xy[2 * index])) {
            return;
        }
        view.offsetX = getWidth() / 2 - xy[2 * index] * view.scale;
        view.offsetY = getHeight() / 2 + xy[2 * index + 1] * view.scale;
        requestRedraw();
    }

    /** Screen position of a point in this control's coordinates, or null when it has none. */
    public javafx.geometry.Point2D screenPosition(int index) {
        applyPendingFit();
        if (index < 0 || index >= count || Float.isNaN(xy[2 * index])) {
            return null;
        }
        return new javafx.geometry.Point2D(view.toScreenX(xy[2 * index]), view.toScreenY(xy[2 * index + 1]));
    }

    public final void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(this::redraw);
        }
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.ceil(getWidth());
        int h = (int) Math.ceil(getHeight());
        if (w > 0 && h > 0 && (raster == null || raster.width() != w || raster.height() != h)) {
            if (raster != null && count > 0 && !fitPending) {
                view.panBy((w - raster.width()) / 2.0, (h - raster.height()) / 2.0);
            }
            raster = new PointRaster(w, h);
            grid = new ScreenGrid(w, h);
            imageView.setImage(raster.image());
            labelLayer.resize(w, h);
            requestRedraw();
        }
    }

    private void redraw() {
        redrawPending = false;
        if (raster == null) {
            return;
        }
        applyPendingFit();
        raster.clear(toArgb(background.get()));
        for (int i = 0; i < count; i++) {
            float x = xy[2 * i];
            float y = xy[2 * i + 1];
            if (Float.isNaN(x) || Float.isNaN(y)) {
                screenX[i] = Float.NaN;
                screenY[i] = Float.NaN;
                continue;
            }
            float px = (float) view.toScreenX(x);
            float py = (float) view.toScreenY(y);
            screenX[i] = px;
            screenY[i] = py;
            raster.splat(Math.round(px), Math.round(py), colors == null ? defaultColor : colors[i], false);
        }
        for (Highlight h : highlights) {
            if (h.index() < count && !Float.isNaN(screenX[h.index()])) {
                raster.splat(Math.round(screenX[h.index()]), Math.round(screenY[h.index()]), toArgb(h.color()), true);
            }
        }
        raster.publish();
        grid.rebuild(screenX, screenY, count);
        labelLayer.draw(scene());
        if (count > 0) {
            framesDrawn.set(framesDrawn.get() + 1);
        }
    }

    private LabelLayer.Scene scene() {
        LabelLayer.Scene s = new LabelLayer.Scene();
        s.sx = screenX;
        s.sy = screenY;
        s.labels = labels;
        s.highlights = highlights.stream().filter(h -> h.index() < count).toList();
        s.arrows = arrows.stream().filter(a -> a.from() < count && a.to() < count).toList();
        int selected = selectedIndex.get();
        s.selected = selected < count ? selected : -1;
        s.landmarkOrder = landmarkOrder;
        s.maxLandmarks = maxLandmarks;
        s.landmarkColor = Color.rgb(222, 228, 240, 0.85);
        return s;
    }

    private void applyPendingFit() {
        if (fitPending && count > 0 && getWidth() > 0 && getHeight() > 0) {
            fitView();
            fitPending = false;
        }
    }

    private void fitView() {
        PercentileBox box = PercentileBox.of(xy, count);
        if (box != null) {
            view.fit(box.minX(), box.maxX(), box.minY(), box.maxY(), getWidth(), getHeight(), 40);
        }
    }

    private void installHandlers() {
        addEventHandler(ScrollEvent.SCROLL, e -> {
            view.zoomAround(e.getX(), e.getY(), Math.exp(e.getDeltaY() * 0.0025));
            userAdjusted = true;
            requestRedraw();
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            lastDragX = pressX;
            lastDragY = pressY;
            dragging = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > CLICK_SLOP) {
                dragging = true;
                userAdjusted = true;
                setCursor(javafx.scene.Cursor.CLOSED_HAND);
            }
            if (dragging) {
                view.panBy(e.getX() - lastDragX, e.getY() - lastDragY);
                lastDragX = e.getX();
                lastDragY = e.getY();
                hoverLabel.setVisible(false);
                requestRedraw();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            setCursor(null);
            if (!dragging && e.getButton() == MouseButton.PRIMARY && grid != null) {
                int hit = grid.nearest(e.getX(), e.getY(), PICK_RADIUS);
                if (hit >= 0) {
                    selectedIndex.set(hit);
                }
            }
            dragging = false;
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> updateHover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoveredIndex.set(-1);
            hoverLabel.setVisible(false);
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void updateHover(double x, double y) {
        int hit = grid == null ? -1 : grid.nearest(x, y, PICK_RADIUS);
        hoveredIndex.set(hit);
        hoverLabel.showAt(hit < 0 ? null : (tooltips != null ? tooltips : labels).apply(hit), x, y, getWidth());
    }

    private void onKey(KeyEvent e) {
        double step = 40;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoom(1.25);
            case MINUS, SUBTRACT -> zoom(0.8);
            case LEFT -> view.panBy(step, 0);
            case RIGHT -> view.panBy(-step, 0);
            case UP -> view.panBy(0, step);
            case DOWN -> view.panBy(0, -step);
            case DIGIT0, NUMPAD0 -> fitToData();
            default -> {
                return;
            }
        }
        requestRedraw();
        e.consume();
    }

    static int toArgb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
