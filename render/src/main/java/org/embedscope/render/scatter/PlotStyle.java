package org.embedscope.render.scatter;

import javafx.scene.paint.Color;

/**
 * How the 2D plot looks: its background, the colour of its landmark labels and the radius of its
 * points in pixels (1 for dense maps, larger for a few hundred words or a projector).
 */
public record PlotStyle(Color background, Color labels, int pointRadius) {
    public static final PlotStyle DARK = new PlotStyle(PointCloudRegion.BACKGROUND, Color.rgb(222, 228, 240, 0.85), 1);
    public static final PlotStyle LIGHT = new PlotStyle(Color.web("#f6f8fa"), Color.rgb(31, 35, 40, 0.85), 1);
    public static final int MAX_RADIUS = 5;

    public PlotStyle {
        if (pointRadius < 1 || pointRadius > MAX_RADIUS) {
            throw new IllegalArgumentException("point radius must be 1 to " + MAX_RADIUS + ", not " + pointRadius);
        }
    }

    public PlotStyle withPointRadius(int radius) {
        return new PlotStyle(background, labels, radius);
    }
}
