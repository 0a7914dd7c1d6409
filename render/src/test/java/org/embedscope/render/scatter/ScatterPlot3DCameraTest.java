package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterPlot3DCameraTest {
    /** Half the vertical field of view the plot's camera uses (35 degrees). */
    private static final double HALF_FOV = Math.toRadians(17.5);
    private ScatterPlot3D plot;
    private final List<Camera3D> published = new ArrayList<>();

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot3D();
        // Median (0, 0, 0); the farthest points are 1 away, so the scene scale is 300 units per data unit.
        float[] xyz = {0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1};
        plot.setPoints(xyz, 7, true);
        plot.cameraProperty().addListener((o, was, now) -> published.add(now));
        stage.setScene(new Scene(plot, 800, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void cameraRoundTripsAndIsPublished(FxRobot robot) {
        assertEquals(Camera3D.INITIAL, plot.camera());
        Camera3D saved = new Camera3D(12.5, -140, 35, -20, 640);
        robot.interact(() -> plot.setCamera(saved));
        assertEquals(saved, plot.camera());
        assertEquals(saved, plot.cameraProperty().get());
        assertEquals(List.of(saved), published);
        robot.interact(() -> plot.zoom(2));
        assertEquals(new Camera3D(12.5, -140, 35, -20, 320), plot.cameraProperty().get());
        robot.interact(plot::fitToData);
        assertEquals(Camera3D.INITIAL, plot.cameraProperty().get());
        assertEquals(3, published.size());
    }

    @Test
    void setCameraKeepsPitchAndDistanceWithinTheMouseLimits(FxRobot robot) {
        robot.interact(() -> plot.setCamera(new Camera3D(120, 400, 0, 0, 1e6)));
        Camera3D clamped = plot.camera();
        assertEquals(90, clamped.pitchDegrees());
        assertEquals(400, clamped.yawDegrees());
        assertEquals(8800, clamped.distance());
        robot.interact(() -> plot.setCamera(new Camera3D(-95, 0, 0, 0, 1)));
        assertEquals(-90, plot.camera().pitchDegrees());
        assertEquals(50, plot.camera().distance());
        assertThrows(IllegalArgumentException.class, () -> new Camera3D(0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Camera3D(Double.NaN, 0, 0, 0, 100));
    }

    /** Without a 3D pipeline JavaFX swaps the perspective camera for a parallel one: skipped headless. */
    @Test
    void pointsProjectWhereAPinholeCameraPutsThem(FxRobot robot) {
        assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no 3D pipeline (headless)");
        double focal = 300 / Math.tan(HALF_FOV); // pixels per unit of x/z for a 600 px tall view
        robot.interact(() -> plot.setCamera(new Camera3D(0, 0, 0, 0, 1000)));
        // (1, 0, 0) is scene (300, 0, 0), 1000 in front of the camera.
        assertAt(400 + focal * 300 / 1000, 300, plot.screenPosition(1));
        // Data y up is screen y up.
        assertAt(400, 300 - focal * 300 / 1000, plot.screenPosition(3));
        // A quarter turn about the vertical axis brings +x to (0, 0, -300): 700 in front, on the centre line.
        robot.interact(() -> plot.setCamera(new Camera3D(0, 90, 0, 0, 1000)));
        assertAt(400, 300, plot.screenPosition(1));
        // ... and +z to (300, 0, 0).
        assertAt(400 + focal * 300 / 1000, 300, plot.screenPosition(5));
        // Pan moves the whole cloud in camera space: the centre point shifts by focal * pan / distance.
        robot.interact(() -> plot.setCamera(new Camera3D(0, 0, 50, -40, 1000)));
        assertAt(400 + focal * 50 / 1000, 300 - focal * 40 / 1000, plot.screenPosition(0));
    }

    /** Needs a 3D pipeline: runs under Xvfb with the ES2 pipeline, skipped headless. */
    @Test
    void theRenderedPointsAppearAtTheirProjectedPixels(FxRobot robot) throws Exception {
        assumeTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "no 3D pipeline (headless)");
        robot.interact(() -> plot.setCamera(new Camera3D(0, 0, 0, 0, 1200)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int background = pixels.getArgb(5, 5);
        double focal = 300 / Math.tan(HALF_FOV);
        int right = (int) Math.round(400 + focal * 300 / 1200);
        assertNotEquals(background, pixels.getArgb(right, 300), "no point drawn right of the centre");
        assertNotEquals(background, pixels.getArgb(400, 300), "no point drawn at the centre");
        // Halfway between the centre and +x there is no point.
        assertEquals(background, pixels.getArgb((400 + right) / 2, 300));
    }

    /** Mesh vertices are floats: a thousandth of a pixel is their precision here. */
    private static void assertAt(double x, double y, Point2D actual) {
        assertEquals(x, actual.getX(), 1e-3, "x of " + actual);
        assertEquals(y, actual.getY(), 1e-3, "y of " + actual);
    }
}
