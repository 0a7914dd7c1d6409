package org.embedscope.render.scatter;

/**
 * What a 2D scatter shows, independent of how many pixels it has: the data point at the centre of
 * the plot and the zoom in pixels per data unit. A larger window shows more around the same centre.
 */
public record Viewport2D(double centerX, double centerY, double pixelsPerUnit) {
    public Viewport2D {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("viewport centre must be finite, got (" + centerX + ", " + centerY + ")");
        }
        if (!(pixelsPerUnit > 0) || Double.isInfinite(pixelsPerUnit)) {
            throw new IllegalArgumentException("pixels per unit must be positive and finite, got " + pixelsPerUnit);
        }
    }
}
