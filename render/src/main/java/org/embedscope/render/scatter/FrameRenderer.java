package org.embedscope.render.scatter;

import java.util.function.BooleanSupplier;

/** Draws a {@link FrameRequest} into a pixel array; plain Java, run on the render thread. */
final class FrameRenderer {
    static final int DEFAULT_COLOR = 0xB34FA8FF;
    private static final double FIT_MARGIN = 40;
    // A map of a few words is read by its labels: leave room for them (and the caption) at the edges.
    private static final double FEW_POINTS_MARGIN = 72;
    private static final int FEW_POINTS = 2000;
    /** Points drawn between two looks at whether the frame is still wanted. */
    private static final int CHECK_EVERY = 8192;

    private FrameRenderer() {
    }

    /** The resolved view of a request: its viewport, or the fit of its points when it asks for one. */
    static Viewport2D resolveView(FrameRequest request, PercentileBox box) {
        if (!request.fit() || box == null) {
            return request.viewport();
        }
        ViewTransform view = transform(request, request.viewport());
        view.fit(box.minX(), box.maxX(), box.minY(), box.maxY(), margin(request.count()), request.style().fitRoom());
        return view.viewport();
    }

    /** Fits {@code view} to {@code box} of {@code count} points the same way a frame does. */
    static void fit(ViewTransform view, PercentileBox box, int count, PlotStyle style) {
        view.fit(box.minX(), box.maxX(), box.minY(), box.maxY(), margin(count), style.fitRoom());
    }

    private static double margin(int count) {
        return count <= FEW_POINTS ? FEW_POINTS_MARGIN : FIT_MARGIN;
    }

    /**
     * Draws the frame into {@code pixels}, or returns null as soon as {@code abandon} says it is no
     * longer wanted.
     */
    static Frame render(FrameRequest request, int[] pixels, BooleanSupplier abandon) {
        PercentileBox box = null;
        if (request.fit() && request.knownBox() == null) {
            box = PercentileBox.of(request.xy(), request.count());
        }
        Viewport2D viewport = resolveView(request, box != null ? box : request.knownBox());
        ViewTransform view = transform(request, viewport);
        PointRaster raster = new PointRaster(request.width(), request.height(), pixels);
        raster.clear(ScatterPlot.toArgb(request.style().background()));
        int radius = request.style().pointRadius();
        int count = request.count();
        float[] xy = request.xy();
        int[] colors = request.colors();
        float[] sx = new float[count];
        float[] sy = new float[count];
        for (int i = 0; i < count; i++) {
            if (i % CHECK_EVERY == CHECK_EVERY - 1 && abandon.getAsBoolean()) {
                return null;
            }
            float x = xy[2 * i];
            float y = xy[2 * i + 1];
            if (Float.isNaN(x) || Float.isNaN(y)) {
                sx[i] = Float.NaN;
                sy[i] = Float.NaN;
                continue;
            }
            float px = (float) view.toScreenX(x);
            float py = (float) view.toScreenY(y);
            sx[i] = px;
            sy[i] = py;
            // Colours made for other points (a shorter array) leave the rest in the default colour.
            int color = colors != null && i < colors.length ? colors[i] : DEFAULT_COLOR;
            raster.splat(Math.round(px), Math.round(py), color, radius);
        }
        int[] highlights = request.highlights();
        for (int h = 0; h < highlights.length; h++) {
            int index = highlights[h];
            if (index < count && !Float.isNaN(sx[index])) {
                raster.splat(Math.round(sx[index]), Math.round(sy[index]), request.highlightColors()[h], radius + 1);
            }
        }
        ScreenGrid grid = new ScreenGrid(request.width(), request.height());
        grid.rebuild(sx, sy, count);
        return new Frame(request, pixels, sx, sy, grid, viewport, box);
    }

    private static ViewTransform transform(FrameRequest request, Viewport2D viewport) {
        ViewTransform view = new ViewTransform();
        view.resize(request.viewWidth(), request.viewHeight());
        view.set(viewport);
        return view;
    }
}
