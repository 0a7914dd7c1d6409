package org.embedscope.render.scatter;

/**
 * A copy of the last frame the render thread finished, which a frame of the same points moved by whole
 * pixels starts from instead of drawing every point again. Touched by the render thread only.
 */
final class PreviousFrame {
    private int[] pixels = new int[0];
    private FrameRequest request;
    private Viewport2D viewport;
    private boolean complete;

    /** Keeps {@code frame}; {@code complete} says whether it drew every point (not a sample of them). */
    void keep(Frame frame, boolean complete) {
        if (!complete) {
            // A sample is never shifted: there is nothing to copy.
            request = null;
            return;
        }
        int size = frame.request().width() * frame.request().height();
        if (pixels.length != size) {
            pixels = new int[size];
        }
        System.arraycopy(frame.pixels(), 0, pixels, 0, size);
        request = frame.request();
        viewport = frame.viewport();
        this.complete = complete;
    }

    int[] pixels() {
        return pixels;
    }

    /**
     * The whole-pixel shift from this frame to one of {@code next} drawn with {@code nextViewport}, as
     * {dx, dy}, or null when the new frame cannot start from this one: other points, colours, marks,
     * style, size or zoom, a shift of a fraction of a pixel, or one that leaves nothing in common.
     */
    int[] shiftTo(FrameRequest next, Viewport2D nextViewport, ViewTransform nextView) {
        if (request == null || !complete || next.xy() != request.xy() || next.colors() != request.colors()
                || next.count() != request.count() || !next.style().equals(request.style())
                || next.width() != request.width() || next.height() != request.height()
                || next.viewWidth() != request.viewWidth() || next.viewHeight() != request.viewHeight()
                || nextViewport.pixelsPerUnit() != viewport.pixelsPerUnit()
                || !java.util.Arrays.equals(next.highlights(), request.highlights())
                || !java.util.Arrays.equals(next.highlightColors(), request.highlightColors())) {
            return null;
        }
        ViewTransform before = new ViewTransform();
        before.resize(request.viewWidth(), request.viewHeight());
        before.set(viewport);
        double dx = nextView.toScreenX(0) - before.toScreenX(0);
        double dy = nextView.toScreenY(0) - before.toScreenY(0);
        long rx = Math.round(dx);
        long ry = Math.round(dy);
        if (Math.abs(dx - rx) > 1e-3 || Math.abs(dy - ry) > 1e-3 || Math.abs(rx) >= next.width()
                || Math.abs(ry) >= next.height()) {
            return null;
        }
        return new int[] {(int) rx, (int) ry};
    }
}
