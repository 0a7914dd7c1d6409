package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterPlotViewportTest {
    private static final int SIZE = 21;
    private ScatterPlot plot;
    private Stage stage;
    private final List<Viewport2D> published = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        plot = new ScatterPlot();
        // A 21 x 21 grid of integer points from (0, 0) to (20, 20); point i sits at (i % 21, i / 21).
        float[] xy = new float[2 * SIZE * SIZE];
        for (int i = 0; i < SIZE * SIZE; i++) {
            xy[2 * i] = i % SIZE;
            xy[2 * i + 1] = i / SIZE;
        }
        plot.setPoints(xy, SIZE * SIZE, true);
        plot.viewportProperty().addListener((o, was, now) -> published.add(now));
        stage.setScene(new Scene(new StackPane(plot), 800, 600));
        // The extension reuses one stage for every test; undo a resize by an earlier one.
        stage.sizeToScene();
        stage.show();
    }

    private static int indexOf(int x, int y) {
        return y * SIZE + x;
    }

    private void waitForFrame() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSetViewportPutsDataPointsAtTheExpectedPixels(FxRobot robot) throws Exception {
        waitForFrame();
        Viewport2D wanted = new Viewport2D(10, 5, 20);
        long frames = plot.framesDrawnProperty().get();
        robot.interact(() -> plot.setViewport(wanted));
        // Frames are drawn on the render thread and shown a little later.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > frames);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(800, plot.getWidth());
        assertEquals(600, plot.getHeight());
        assertEquals(wanted, plot.viewport());
        assertEquals(wanted, plot.viewportProperty().get());
        // (14, 8) is 4 units right of and 3 units above the centre (10, 5): 80 px right, 60 px up of (400, 300).
        Point2D p = plot.screenPosition(indexOf(14, 8));
        assertEquals(480, p.getX(), 1e-9);
        assertEquals(240, p.getY(), 1e-9);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        int background = Argb.of(PointCloudRegion.BACKGROUND);
        assertNotEquals(background, shot[0].getPixelReader().getArgb(480, 240), "no point drawn at (480, 240)");
        // Halfway between grid points (10 px from any) nothing is drawn.
        assertEquals(background, shot[0].getPixelReader().getArgb(490, 250));
    }

    @Test
    void aFrameShowsThePointsAsTheyWereWhenSetEvenIfTheCallerReusesItsArray(FxRobot robot) throws Exception {
        waitForFrame();
        float[] xy = {10, 5, 14, 8};
        long frames = plot.framesDrawnProperty().get();
        robot.interact(() -> {
            plot.setViewport(new Viewport2D(10, 5, 20));
            plot.setPoints(xy, 2, false);
            // The render thread draws later; what it draws must be the points as they were set.
            java.util.Arrays.fill(xy, Float.NaN);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > frames);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        int background = Argb.of(PointCloudRegion.BACKGROUND);
        assertNotEquals(background, shot[0].getPixelReader().getArgb(400, 300), "no point drawn at (400, 300)");
        assertNotEquals(background, shot[0].getPixelReader().getArgb(480, 240), "no point drawn at (480, 240)");
        assertEquals(new Point2D(480, 240), plot.screenPosition(1));
    }

    @Test
    void theViewportKeepsItsCentreWhenThePlotIsResized(FxRobot robot) throws Exception {
        waitForFrame();
        Viewport2D wanted = new Viewport2D(10, 5, 20);
        robot.interact(() -> {
            plot.setViewport(wanted);
            stage.setWidth(stage.getWidth() - 200);
            stage.setHeight(stage.getHeight() - 200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(600, plot.getWidth());
        assertEquals(400, plot.getHeight());
        assertEquals(wanted, plot.viewport());
        Point2D p = plot.screenPosition(indexOf(14, 8));
        assertEquals(380, p.getX(), 1e-9);
        assertEquals(140, p.getY(), 1e-9);
    }

    @Test
    void viewportRoundTripsAndSettingOneCancelsThePendingFit(FxRobot robot) throws Exception {
        waitForFrame();
        Viewport2D saved = new Viewport2D(-3.25, 17.5, 0.125);
        robot.interact(() -> {
            plot.setViewport(saved);
            plot.setPoints(new float[] {1, 1, 2, 2}, 2, false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, plot.viewport());
        robot.interact(() -> {
            plot.setPoints(new float[] {1, 1, 2, 2}, 2, true);
            plot.setViewport(saved);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, plot.viewport());
        assertEquals(false, plot.isUserAdjusted());
    }

    @Test
    void thePropertyFollowsDragsZoomsAndFits(FxRobot robot) throws Exception {
        waitForFrame();
        Viewport2D start = new Viewport2D(10, 10, 20);
        robot.interact(() -> plot.setViewport(start));
        WaitForAsyncUtils.waitForFxEvents();

        Point2D from = plot.localToScreen(300, 300);
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(40, -20)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // Dragging the picture 40 px right and 20 px up shows what was 2 units left and 1 unit up.
        Viewport2D dragged = plot.viewportProperty().get();
        assertEquals(8, dragged.centerX(), 1e-9);
        assertEquals(9, dragged.centerY(), 1e-9);
        assertEquals(20, dragged.pixelsPerUnit(), 1e-12);

        robot.interact(() -> plot.zoom(2));
        Viewport2D zoomed = plot.viewportProperty().get();
        assertClose(new Viewport2D(8, 9, 40), zoomed);

        robot.interact(plot::fitToData);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport2D fitted = plot.viewportProperty().get();
        assertEquals(plot.viewport(), fitted);
        // The grid spans 0..20 on both axes: a fit centres near (10, 10) and shows it all.
        assertEquals(10, fitted.centerX(), 0.5);
        assertEquals(10, fitted.centerY(), 0.5);
        // Listeners saw each step: the set viewport, the drag's path, the zoom and the fit, in that order.
        List<Viewport2D> seen = published.subList(published.indexOf(start), published.size());
        assertEquals(List.of(dragged, zoomed, fitted), seen.subList(seen.size() - 3, seen.size()));
        assertEquals(true, seen.size() > 4, "a drag of 40 px should publish intermediate viewports");
    }

    private static void assertClose(Viewport2D expected, Viewport2D actual) {
        assertEquals(expected.centerX(), actual.centerX(), 1e-9);
        assertEquals(expected.centerY(), actual.centerY(), 1e-9);
        assertEquals(expected.pixelsPerUnit(), actual.pixelsPerUnit(), 1e-9);
    }

    @Test
    void invalidViewportsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport2D(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Viewport2D(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new Viewport2D(Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Viewport2D(0, Double.POSITIVE_INFINITY, 1));
    }
}
