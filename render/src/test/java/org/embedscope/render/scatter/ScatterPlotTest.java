package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
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
    void wheelZoomKeepsThePointUnderTheCursorInPlace(FxRobot robot) throws Exception {
        waitForFrame();
        Point2D before = plot.screenPosition(POINTS - 1);
        robot.moveTo(plot.localToScreen(before));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = plot.screenPosition(POINTS - 1);
        assertEquals(before.getX(), after.getX(), 1.0);
        assertEquals(before.getY(), after.getY(), 1.0);
        Point2D neighbour = plot.screenPosition(0);
        assertNotEquals(0, neighbour.distance(after));
    }
}
