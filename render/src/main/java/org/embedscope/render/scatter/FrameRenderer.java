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
     * longer wanted. A request made while the view moves may be drawn with less detail: from
     * {@code previous} moved by whole pixels plus every point in the strips it leaves uncovered, or
     * else from a sample of the points; a request made at rest is always drawn exactly.
     */
    static Frame render(FrameRequest request, int[] pixels, BooleanSupplier abandon, PreviousFrame previous) {
        PercentileBox box = null;
        if (request.fit() && request.knownBox() == null) {
            box = PercentileBox.of(request.xy(), request.count());
        }
        Viewport2D viewport = resolveView(request, box != null ? box : request.knownBox());
        ViewTransform view = transform(request, viewport);
        int count = request.count();
        int[] shift = request.moving() && previous != null ? previous.shiftTo(request, viewport, view) : null;
        int stride = request.moving() && shift == null ? MotionDetail.stride(count) : 1;
        float[] sx = new float[count];
        float[] sy = new float[count];
        if (!project(request, view, sx, sy, stride, abandon)) {
            return null;
        }
        PointRaster raster = new PointRaster(request.width(), request.height(), pixels);
        int background = Argb.of(request.style().background());
        if (shift != null) {
            raster.shiftFrom(previous.pixels(), shift[0], shift[1], background);
            for (int[] strip : MotionDetail.uncovered(shift[0], shift[1], request.width(), request.height())) {
                raster.clip(strip[0], strip[1], strip[2], strip[3]);
                if (!splat(request, raster, sx, sy, 1, strip, abandon)) {
                    return null;
                }
            }
            raster.unclip();
        } else {
            raster.clear(background);
            if (!splat(request, raster, sx, sy, stride, null, abandon)) {
                return null;
            }
        }
        // Hit testing waits for the frame at rest: a moving one skips the grid.
        ScreenGrid grid = new ScreenGrid(request.width(), request.height());
        grid.rebuild(sx, sy, request.moving() ? 0 : count);
        return new Frame(request, pixels, sx, sy, grid, viewport, box, stride == 1);
    }

    /**
     * Screen positions of every {@code stride}-th point and of the highlighted ones (NaN for the others
     * and for hidden points): a sample's frame needs no more; false when abandoned.
     */
    private static boolean project(FrameRequest request, ViewTransform view, float[] sx, float[] sy, int stride,
            BooleanSupplier abandon) {
        if (stride > 1) {
            java.util.Arrays.fill(sx, Float.NaN);
            java.util.Arrays.fill(sy, Float.NaN);
        }
        for (int i = 0; i < request.count(); i += stride) {
            if (i % CHECK_EVERY < stride && i >= CHECK_EVERY && abandon.getAsBoolean()) {
                return false;
            }
            projectOne(request.xy(), i, view, sx, sy);
        }
        for (int index : request.highlights()) {
            if (stride > 1 && index < request.count()) {
                projectOne(request.xy(), index, view, sx, sy);
            }
        }
        return true;
    }

    private static void projectOne(float[] xy, int i, ViewTransform view, float[] sx, float[] sy) {
        float x = xy[2 * i];
        float y = xy[2 * i + 1];
        boolean hidden = Float.isNaN(x) || Float.isNaN(y);
        sx[i] = hidden ? Float.NaN : (float) view.toScreenX(x);
        sy[i] = hidden ? Float.NaN : (float) view.toScreenY(y);
    }

    /**
     * Splats every {@code stride}-th point, then the highlighted ones, in index order so that blending
     * gives the same pixels whichever part of the frame is drawn; a sample's points are made more opaque
     * to stand for the ones left out. With {@code strip} only points that can reach it are looked at.
     */
    private static boolean splat(FrameRequest request, PointRaster raster, float[] sx, float[] sy, int stride,
            int[] strip, BooleanSupplier abandon) {
        int radius = request.style().pointRadius();
        int reach = radius + 1;
        int[] colors = request.colors();
        int[] opacity = MotionDetail.opacityTable(stride);
        for (int i = 0; i < request.count(); i += stride) {
            if (i % CHECK_EVERY < stride && i >= CHECK_EVERY && abandon.getAsBoolean()) {
                return false;
            }
            float px = sx[i];
            float py = sy[i];
            if (Float.isNaN(px) || (strip != null && (px < strip[0] - reach || px >= strip[2] + reach
                    || py < strip[1] - reach || py >= strip[3] + reach))) {
                continue;
            }
            // Colours made for other points (a shorter array) leave the rest in the default colour.
            int color = colors != null && i < colors.length ? colors[i] : DEFAULT_COLOR;
            if (opacity != null) {
                color = (opacity[color >>> 24] << 24) | (color & 0xFFFFFF);
            }
            raster.splat(Math.round(px), Math.round(py), color, radius);
        }
        int[] highlights = request.highlights();
        for (int h = 0; h < highlights.length; h++) {
            int index = highlights[h];
            if (index < request.count() && !Float.isNaN(sx[index])) {
                raster.splat(Math.round(sx[index]), Math.round(sy[index]), request.highlightColors()[h], radius + 1);
            }
        }
        return true;
    }

    private static ViewTransform transform(FrameRequest request, Viewport2D viewport) {
        ViewTransform view = new ViewTransform();
        view.resize(request.viewWidth(), request.viewHeight());
        view.set(viewport);
        return view;
    }
}
