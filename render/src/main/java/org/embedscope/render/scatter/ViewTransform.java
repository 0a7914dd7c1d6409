package org.embedscope.render.scatter;

/**
 * Maps data coordinates to screen pixels: {@code sx = x * scale + offsetX},
 * {@code sy = -y * scale + offsetY} (data y grows upwards, screen y downwards).
 */
final class ViewTransform {
    private static final double MIN_SCALE = 1e-9;
    private static final double MAX_SCALE = 1e12;

    double scale = 1;
    double offsetX;
    double offsetY;

    double toScreenX(double x) {
        return x * scale + offsetX;
    }

    double toScreenY(double y) {
        return -y * scale + offsetY;
    }

    double toDataX(double sx) {
        return (sx - offsetX) / scale;
    }

    double toDataY(double sy) {
        return -(sy - offsetY) / scale;
    }

    /** Zooms by {@code factor} keeping the data point under (sx, sy) where it is on screen. */
    void zoomAround(double sx, double sy, double factor) {
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        double applied = newScale / scale;
        offsetX = sx - (sx - offsetX) * applied;
        offsetY = sy - (sy - offsetY) * applied;
        scale = newScale;
    }

    void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Shows the data rectangle centred in a width x height view with a margin in pixels. */
    void fit(double minX, double maxX, double minY, double maxY, double width, double height, double margin) {
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double usableW = Math.max(width - 2 * margin, 1);
        double usableH = Math.max(height - 2 * margin, 1);
        scale = Math.min(usableW / spanX, usableH / spanY);
        offsetX = width / 2 - (minX + maxX) / 2 * scale;
        offsetY = height / 2 + (minY + maxY) / 2 * scale;
    }
}
