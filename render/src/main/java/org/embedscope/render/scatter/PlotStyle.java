package org.embedscope.render.scatter;

import javafx.scene.paint.Color;

/**
 * How the 2D plot looks: its background, the colour of its landmark labels, the radius of its
 * points in pixels (1 for dense maps, larger for a few hundred words or a projector) and how much
 * larger than usual its labels are drawn (1 on a desktop, about 1.6 on a projector).
 */
public record PlotStyle(Color background, Color labels, int pointRadius, double textScale, FitRoom fitRoom) {
    public static final PlotStyle DARK = new PlotStyle(PointCloudRegion.BACKGROUND, Color.rgb(222, 228, 240, 0.85), 1, 1,
            FitRoom.NONE);
    public static final PlotStyle LIGHT = new PlotStyle(Color.web("#f6f8fa"), Color.rgb(31, 35, 40, 0.85), 1, 1,
            FitRoom.NONE);

    /**
     * Pixels along each edge that fitting the points keeps free, beyond the usual margin: room for what
     * lies over the plot (a legend at the bottom left), so that no point hides under it.
     */
    public record FitRoom(double left, double top, double right, double bottom) {
        public static final FitRoom NONE = new FitRoom(0, 0, 0, 0);

        public FitRoom {
            if (!(left >= 0 && top >= 0 && right >= 0 && bottom >= 0)) {
                throw new IllegalArgumentException("room must be zero or more pixels");
            }
        }
    }
    public static final int MAX_RADIUS = 5;
    public static final double MAX_TEXT_SCALE = 4;

    public PlotStyle {
        if (pointRadius < 1 || pointRadius > MAX_RADIUS) {
            throw new IllegalArgumentException("point radius must be 1 to " + MAX_RADIUS + ", not " + pointRadius);
        }
        java.util.Objects.requireNonNull(fitRoom, "fitRoom");
        if (!(textScale >= 0.5 && textScale <= MAX_TEXT_SCALE)) {
            throw new IllegalArgumentException("text scale must be 0.5 to " + MAX_TEXT_SCALE + ", not " + textScale);
        }
    }

    public PlotStyle withPointRadius(int radius) {
        return new PlotStyle(background, labels, radius, textScale, fitRoom);
    }

    public PlotStyle withTextScale(double scale) {
        return new PlotStyle(background, labels, pointRadius, scale, fitRoom);
    }

    /** Labels in this colour (opaque for a projector, where faint text washes out). */
    public PlotStyle withLabels(Color colour) {
        return new PlotStyle(background, colour, pointRadius, textScale, fitRoom);
    }

    public PlotStyle withFitRoom(FitRoom room) {
        return new PlotStyle(background, labels, pointRadius, textScale, java.util.Objects.requireNonNull(room));
    }
}
