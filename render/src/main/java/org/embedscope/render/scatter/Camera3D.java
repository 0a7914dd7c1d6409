package org.embedscope.render.scatter;

/**
 * Everything that determines what the 3D scatter shows of its points: the tilt about the horizontal
 * axis ({@code pitchDegrees}, -90 to 90), the turn about the vertical axis ({@code yawDegrees}), the pan
 * of the cloud across the screen in scene units ({@code panX}, {@code panY}, where the bulk of any cloud
 * spans a radius of 300) and the camera's distance from the cloud's centre (smaller is closer).
 */
public record Camera3D(double pitchDegrees, double yawDegrees, double panX, double panY, double distance) {
    /** The view a new plot and {@code fitToData} show. */
    public static final Camera3D INITIAL = new Camera3D(-20, 30, 0, 0, 1100);

    public Camera3D {
        if (!Double.isFinite(pitchDegrees) || !Double.isFinite(yawDegrees)
                || !Double.isFinite(panX) || !Double.isFinite(panY)) {
            throw new IllegalArgumentException("camera angles and pan must be finite");
        }
        if (!(distance > 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("camera distance must be positive and finite, got " + distance);
        }
    }
}
