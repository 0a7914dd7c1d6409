package org.embedscope.render.scatter;

/**
 * Maps data coordinates to screen pixels around a centre: {@code sx = (x - centerX) * scale + width / 2},
 * {@code sy = -(y - centerY) * scale + height / 2} (data y grows upwards, screen y downwards). Keeping the
 * centre rather than a pixel offset means a resize keeps the same data in the middle.
 */
final class ViewTransform {
    private static final double MIN_SCALE = 1e-9;
    private static final double MAX_SCALE = 1e12;
    /** Room that leaves less than this share of the view for the points is not kept free. */
    private static final double MIN_SHARE_LEFT = 0.35;

    private double centerX;
    private double centerY;
    private double scale = 1;
    private double width;
    private double height;

    double toScreenX(double x) {
        return (x - centerX) * scale + width / 2;
    }

    double toScreenY(double y) {
        return -(y - centerY) * scale + height / 2;
    }

    double toDataX(double sx) {
        return centerX + (sx - width / 2) / scale;
    }

    double toDataY(double sy) {
        return centerY - (sy - height / 2) / scale;
    }

    void resize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    Viewport2D viewport() {
        return new Viewport2D(centerX, centerY, scale);
    }

    /** A transform of the same size showing {@code viewport}. */
    ViewTransform copyWith(Viewport2D viewport) {
        ViewTransform copy = new ViewTransform();
        copy.resize(width, height);
        copy.set(viewport);
        return copy;
    }

    void set(Viewport2D viewport) {
        centerX = viewport.centerX();
        centerY = viewport.centerY();
        scale = clampScale(viewport.pixelsPerUnit());
    }

    void centerOn(double x, double y) {
        centerX = x;
        centerY = y;
    }

    /** Zooms by {@code factor} keeping the data point under (sx, sy) where it is on screen. */
    void zoomAround(double sx, double sy, double factor) {
        double dataX = toDataX(sx);
        double dataY = toDataY(sy);
        scale = clampScale(scale * factor);
        centerX = dataX - (sx - width / 2) / scale;
        centerY = dataY + (sy - height / 2) / scale;
    }

    /** Moves the picture by (dx, dy) pixels. */
    void panBy(double dx, double dy) {
        centerX -= dx / scale;
        centerY += dy / scale;
    }

    /** Shows the data rectangle centred in the view with a margin in pixels. */
    void fit(double minX, double maxX, double minY, double maxY, double margin) {
        fit(minX, maxX, minY, maxY, margin, PlotStyle.FitRoom.NONE);
    }

    /** As {@link #fit(double, double, double, double, double)}, inside the view less {@code room} at its edges. */
    void fit(double minX, double maxX, double minY, double maxY, double margin, PlotStyle.FitRoom room) {
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        // Room that would leave too little map is ignored: a tiny window shows the points under the legend.
        boolean roomFits = width - room.left() - room.right() > MIN_SHARE_LEFT * width
                && height - room.top() - room.bottom() > MIN_SHARE_LEFT * height;
        double left = margin + (roomFits ? room.left() : 0);
        double right = margin + (roomFits ? room.right() : 0);
        double top = margin + (roomFits ? room.top() : 0);
        double bottom = margin + (roomFits ? room.bottom() : 0);
        double usableW = Math.max(width - left - right, 1);
        double usableH = Math.max(height - top - bottom, 1);
        scale = clampScale(Math.min(usableW / spanX, usableH / spanY));
        // The data's middle goes to the middle of the usable area, not of the whole view.
        centerX = (minX + maxX) / 2 - ((left + usableW / 2) - width / 2) / scale;
        centerY = (minY + maxY) / 2 + ((top + usableH / 2) - height / 2) / scale;
    }

    private static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
