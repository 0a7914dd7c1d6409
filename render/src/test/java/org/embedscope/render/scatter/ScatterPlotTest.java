package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterPlotTest {
    private static final int POINTS = 60_000;
    private ScatterPlot plot;

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        // A 300 x 200 grid of points with a hole (NaN = hidden points) around (150, 100), where the
        // last point sits alone.
        float[] xy = new float[2 * POINTS];
        for (int i = 0; i < POINTS - 1; i++) {
            int x = i % 300;
            int y = i / 300;
            boolean hole = Math.hypot(x - 150, y - 100) < 12;
            xy[2 * i] = hole ? Float.NaN : x;
            xy[2 * i + 1] = hole ? Float.NaN : y;
        }
        xy[2 * (POINTS - 1)] = 150.5f;
        xy[2 * (POINTS - 1) + 1] = 100.5f;
        plot.setPoints(xy, POINTS, true);
        plot.setLabels(i -> "p" + i);
        stage.setScene(new Scene(new StackPane(plot), 800, 600));
        stage.show();
    }

    private void waitForFrame() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void drawsPointsIntoThePixelBuffer(FxRobot robot) throws Exception {
        waitForFrame();
        Point2D p = plot.screenPosition(POINTS - 1);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        int background = shot[0].getPixelReader().getArgb(2, 2);
        int atPoint = shot[0].getPixelReader().getArgb((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        assertNotEquals(background, atPoint);
    }

    @Test
    void clickSelectsTheNearestPointAndHoverFindsIt(FxRobot robot) throws Exception {
        waitForFrame();
        Point2D local = plot.screenPosition(POINTS - 1);
        Point2D screen = plot.localToScreen(local);
        robot.moveTo(screen.add(2, 1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plot.hoveredIndexProperty().get() == POINTS - 1);
        robot.clickOn(screen.add(1, -1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plot.selectedIndexProperty().get() == POINTS - 1);
    }

    @Test
    void wheelZoomScalesByTheWheelDeltaAroundThePointUnderTheCursor(FxRobot robot) throws Exception {
        waitForFrame();
        // A grid point well away from the centre, so that zooming around the centre would move it.
        int target = 40 * 300 + 60;
        Point2D before = plot.screenPosition(target);
        assertTrue(before.distance(plot.getWidth() / 2, plot.getHeight() / 2) > 100, "target too central");
        Viewport2D viewportBefore = plot.viewport();
        List<ScrollEvent> scrolls = new ArrayList<>();
        plot.addEventFilter(ScrollEvent.SCROLL, scrolls::add);

        robot.moveTo(plot.localToScreen(before));
        // Monocle reports one pixel of delta a notch: enough notches for a zoom of several percent.
        robot.scroll(40, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(scrolls.isEmpty(), "the robot delivered no scroll events");
        double wheelDelta = scrolls.stream().mapToDouble(ScrollEvent::getDeltaY).sum();
        // Which sign a robot's "up" gets depends on the platform; the plot's rule does not: each pixel
        // of wheel delta zooms by e^0.0025, positive deltas (away from the user) zoom in.
        assertNotEquals(0, wheelDelta, "the scroll events carried no delta");
        double expectedFactor = Math.exp(wheelDelta * 0.0025);
        Viewport2D viewportAfter = plot.viewport();
        assertEquals(expectedFactor, viewportAfter.pixelsPerUnit() / viewportBefore.pixelsPerUnit(), 1e-9);
        ScrollEvent last = scrolls.get(scrolls.size() - 1);
        assertEquals(before.getX(), last.getX(), 1.0, "cursor not over the target");
        assertEquals(before.getY(), last.getY(), 1.0, "cursor not over the target");
        // Zooming around the cursor c by f sends any pixel p to c + f (p - c): the target, which sits
        // within a pixel of the cursor, stays within f pixels of it.
        Point2D cursor = new Point2D(last.getX(), last.getY());
        Point2D after = plot.screenPosition(target);
        Point2D expected = cursor.add(before.subtract(cursor).multiply(expectedFactor));
        assertEquals(expected.getX(), after.getX(), 1e-6);
        assertEquals(expected.getY(), after.getY(), 1e-6);
        // The data coordinate under the cursor, computed from the viewports alone, stays put.
        assertEquals(dataX(viewportBefore, last.getX()), dataX(viewportAfter, last.getX()), 1e-9);
        assertEquals(dataY(viewportBefore, last.getY()), dataY(viewportAfter, last.getY()), 1e-9);
    }

    private double dataX(Viewport2D v, double screenX) {
        return v.centerX() + (screenX - plot.getWidth() / 2) / v.pixelsPerUnit();
    }

    private double dataY(Viewport2D v, double screenY) {
        return v.centerY() - (screenY - plot.getHeight() / 2) / v.pixelsPerUnit();
    }
}
