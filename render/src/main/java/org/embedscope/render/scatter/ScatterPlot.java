package org.embedscope.render.scatter;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;

/**
 * A 2D scatter plot for hundreds of thousands of labelled points. Points are splatted into one
 * pixel buffer (never a Node per point); labels, rings and arrows go on one canvas above it.
 * Wheel zooms around the cursor, dragging pans, a click selects the nearest point, hovering shows
 * its label. Keys: + and - zoom, arrows pan, 0 fits the data.
 *
 * <p>All methods must be called on the JavaFX thread. The points are drawn on a render thread from a
 * snapshot of the inputs and appear a frame later: the FX thread only copies finished pixels and
 * draws the labels, and {@link #framesDrawnProperty()} counts the frames that reached the screen.
 * Hit testing and labels use the screen positions of the frame on screen.
 */
public class ScatterPlot extends PointCloudRegion {
    private static final double PICK_RADIUS = 8;

    private final ViewTransform view = new ViewTransform();
    private final ImageView imageView = new ImageView();
    private final LabelLayer labelLayer = new LabelLayer();
    private final MotionPreview preview = new MotionPreview(imageView, labelLayer.canvas());
    private PlotStyle style = PlotStyle.DARK;
    private final RegionGesture region = new RegionGesture(view);
    private final ReadOnlyObjectWrapper<Viewport2D> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", view.viewport());

    private final RenderChannel renderer = new RenderChannel(this::show);
    private FrameImage image;
    /** The frame on screen, or null before the first one, and the newest request. */
    private Frame shown;
    private FrameRequest latest;
    private float[] xy = new float[0];
    /** The percentile box of the current points, once known (they are copied on every change). */
    private PercentileBox box;
    private int[] colors, landmarkOrder;
    private int maxLandmarks = 40;
    private List<Highlight> highlights = List.of();
    private List<Arrow> arrows = List.of();
    private boolean redrawPending;
    private boolean fitPending = true;
    private final PanDrag pan = new PanDrag();
    private final MotionSettle motion = new MotionSettle(this::requestRedraw);
    private boolean userAdjusted;

    public ScatterPlot() {
        super("scatter-plot");
        setFocusTraversable(true);
        labelLayer.canvas().setMouseTransparent(true);
        getChildren().addAll(imageView, labelLayer.canvas(), region.band(), hoverTip());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        ScatterPlotInput.install(this, region, pan);
        setStyle(style);
    }

    /**
     * Replaces the points. {@code xy} holds x0, y0, x1, y1, ... in data units (NaN hides a point).
     * With {@code refit} the view zooms to the new data; without, it keeps the user's zoom.
     */
    @Override
    public void setPoints(float[] xy, int count, boolean refit) {
        boolean sizeChanged = count != pointCount();
        acceptPointCount(xy, count);
        // A copy: the render thread reads it while callers may reuse their array.
        this.xy = java.util.Arrays.copyOf(xy, 2 * count);
        box = null;
        if (sizeChanged) {
            labelLayer.resetMeasurements(count);
            clearHover();
        }
        fitPending |= refit;
        if (refit) {
            userAdjusted = false;
        }
        requestRedraw();
    }

    /** Background, label colour and point size (a theme, a projector). */
    public void setStyle(PlotStyle value) {
        style = java.util.Objects.requireNonNull(value, "style");
        labelLayer.setTextScale(value.textScale());
        // Opaque, so the toolkit starts painting a changed frame here instead of below the map.
        setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(value.background(), null, null)));
        requestRedraw();
    }

    /** What a plain drag does: pan (the default), or select in a box or a lasso. */
    public void setDragTool(DragTool tool) {
        region.setTool(tool);
        setCursor(tool == DragTool.PAN || tool == null ? null : javafx.scene.Cursor.CROSSHAIR);
    }

    public DragTool dragTool() {
        return region.tool();
    }

    /** Called with each box or lasso the user draws. */
    public void setOnRegionSelected(java.util.function.Consumer<RegionSelection> consumer) {
        region.setOnSelected(consumer);
    }

    /** True once the user zoomed or panned since the view was last fitted to the data. */
    public boolean isUserAdjusted() {
        return userAdjusted;
    }

    @Override
    public int dimensions() {
        return 2;
    }

    /** Straight-alpha ARGB per point, or null to draw every point in the default colour. */
    @Override
    public void setPointColors(int[] argb) {
        this.colors = argb == null ? null : argb.clone();
        requestRedraw();
    }

    @Override
    public void setLabels(IntFunction<String> labels) {
        labelLayer.resetMeasurements(pointCount());
        super.setLabels(labels);
    }

    @Override
    void annotationsChanged() {
        requestRedraw();
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

    /** Zooms so that the bulk of the points (outliers aside) fills the view. */
    @Override
    public void fitToData() {
        fitPending = true;
        userAdjusted = false;
        requestRedraw();
    }

    /** Zooms around the centre of the plot; counts as a user adjustment. */
    @Override
    public void zoom(double factor) {
        userAdjusted = true;
        view.zoomAround(getWidth() / 2, getHeight() / 2, factor);
        viewChanged();
    }

    /** The data point at the centre and the zoom, applying a pending fit first. */
    public Viewport2D viewport() {
        applyPendingFit();
        return view.viewport();
    }

    /**
     * Shows exactly this viewport, whatever the plot's size, and cancels a pending fit. It restores a
     * saved view rather than adjusting one, so it does not count as a user adjustment.
     */
    public void setViewport(Viewport2D viewport) {
        view.set(Objects.requireNonNull(viewport, "viewport"));
        fitPending = false;
        viewChanged();
    }

    /**
     * The viewport the screen shows, or null before the first frame. A pan shows at once, the frame on
     * screen being moved to the new view, though its pixels were drawn for an earlier one
     * ({@link #drawnViewport}) until the render thread catches up; a zoom shows with the frame drawn for it.
     */
    public Viewport2D shownViewport() {
        return shown == null ? null : preview.imageShows();
    }

    /** The viewport the pixels on screen were drawn for (which may lag the current one), or null before the first frame. */
    Viewport2D drawnViewport() {
        return shown == null ? null : shown.viewport();
    }

    /** The current viewport; changes on every pan, zoom, fit and {@link #setViewport}. */
    public ReadOnlyObjectProperty<Viewport2D> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** Pans so that the point is in the centre, keeping the zoom. */
    public void centerOn(int index) {
        applyPendingFit();
        if (!isVisiblePoint(index)) {
            return;
        }
        view.centerOn(xy[2 * index], xy[2 * index + 1]);
        viewChanged();
    }

    /** Screen position of a point in this control's coordinates, or null when it has none. */
    public javafx.geometry.Point2D screenPosition(int index) {
        applyPendingFit();
        if (!isVisiblePoint(index)) {
            return null;
        }
        return new javafx.geometry.Point2D(view.toScreenX(xy[2 * index]), view.toScreenY(xy[2 * index + 1]));
    }

    private boolean isVisiblePoint(int index) {
        return index >= 0 && index < pointCount() && !Float.isNaN(xy[2 * index]) && !Float.isNaN(xy[2 * index + 1]);
    }

    /** A pan or zoom: drawn with less detail until the motion settles, then exactly. */
    private void viewChanged() {
        motion.moved();
        preview.follow(view);
        viewport.set(view.viewport());
        requestRedraw();
    }

    public final void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.runLater(this::redraw);
        }
    }

    @Override
    protected void layoutChildren() {
        view.resize(getWidth(), getHeight());
        preview.follow(view);
        int w = (int) Math.ceil(getWidth());
        int h = (int) Math.ceil(getHeight());
        if (w > 0 && h > 0 && (image == null || image.width() != w || image.height() != h)) {
            image = new FrameImage(w, h);
            imageView.setImage(image.image());
            labelLayer.resize(w, h);
            requestRedraw();
        }
    }

    /** Captures the inputs and hands them to the render thread; {@link #show} puts the result up. */
    private void redraw() {
        redrawPending = false;
        if (image == null) {
            return;
        }
        boolean fit = fitPending && pointCount() > 0;
        if (fit && box != null) {
            applyPendingFit();
            fit = false;
        }
        latest = new FrameRequest(xy, pointCount(), colors, FrameRequest.indices(highlights),
                FrameRequest.colors(highlights), view.viewport(), fit, box, getWidth(), getHeight(), image.width(), image.height(),
                style, motion.isMoving());
        renderer.submit(latest);
    }

    /** Whether the frame on screen drew every point (a frame drawn while moving may show a sample). */
    boolean showsCompleteFrame() {
        return shown != null && shown.complete();
    }

    @Override
    public boolean isFrameUpToDate() {
        return !redrawPending && !motion.isMoving() && (latest == null || (shown != null && shown.request() == latest));
    }

    private void show(Frame frame) {
        FrameRequest request = frame.request();
        boolean currentPoints = request.xy() == xy;
        if (currentPoints && frame.box() != null) {
            box = frame.box();
        }
        if (request.fit() && currentPoints && fitPending) {
            view.set(frame.viewport());
            fitPending = false;
            viewport.set(view.viewport());
        }
        // A fit made stale (new points, a viewport set, or the fit done at once for a caller), a frame
        // of another size or of a different number of points (the labels may no longer match its
        // indices) is not shown; a frame of the current inputs replaces it.
        if ((request.fit() && !frame.viewport().equals(view.viewport())) || image == null
                || request.width() != image.width() || request.height() != image.height() || request.count() != pointCount()) {
            requestRedraw();
            return;
        }
        image.show(frame.pixels());
        shown = frame;
        preview.imageDrawn(frame.viewport(), view);
        // While the view moves, labels of the same marks follow the view drawn as they are: redrawing
        // them would cost the FX thread and the toolkit a full-size canvas every frame.
        LabelLayer.Scene scene = scene(frame);
        if (!request.moving() || !labelLayer.showsMarksOf(scene)) {
            labelLayer.draw(scene);
            preview.labelsDrawn(frame.viewport(), view);
        }
        if (request.count() > 0) {
            countFrame();
        }
    }

    private LabelLayer.Scene scene(Frame frame) {
        return LabelLayer.Scene.of2d(frame.screenX(), frame.screenY(), style, labels(), highlightsInRange(highlights),
                arrowsInRange(arrows), selectedInRange(), landmarkOrder, maxLandmarks);
    }

    private void applyPendingFit() {
        if (fitPending && pointCount() > 0 && getWidth() > 0 && getHeight() > 0) {
            fitView();
            fitPending = false;
        }
    }

    /**
     * Fits on the FX thread, for callers that need the fitted view at once; frames fit on the render
     * thread instead. The box is kept, so it is computed once per set of points.
     */
    private void fitView() {
        if (box == null) {
            box = PercentileBox.of(xy, pointCount());
        }
        if (box != null) {
            FrameRenderer.fit(view, box, pointCount(), style);
            // Fits run lazily, often inside a redraw: publish without asking for another frame.
            viewport.set(view.viewport());
        }
    }

    /** The point under (x, y) in the frame on screen, while that frame shows the current points. */
    int pointAt(double x, double y) {
        if (shown == null || shown.request().count() != pointCount()) {
            return -1;
        }
        javafx.geometry.Point2D at = preview.toImage(x, y);
        return shown.grid().nearest(at.getX(), at.getY(), PICK_RADIUS);
    }

    /** Moves the picture by (dx, dy) pixels for the user. */
    void panByPixels(double dx, double dy) {
        userAdjusted = true;
        view.panBy(dx, dy);
        viewChanged();
    }

    /** Zooms by {@code factor} around (x, y) for the user. */
    void zoomAround(double x, double y, double factor) {
        userAdjusted = true;
        view.zoomAround(x, y, factor);
        viewChanged();
    }
}
