package org.embedscope.render.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While the view moves a big map may be drawn with less detail; once it stops, the frame is the exact one. */
@ExtendWith(ApplicationExtension.class)
class ScatterPlotMotionTest {
    /** More than twice the moving sample, so that a moving zoom draws a third of the points. */
    private static final int POINTS = 2 * MotionDetail.SAMPLE_POINTS + 12_345;
    private ScatterPlot plot;
    /** Every frame put on screen: its viewport and whether it drew every point, noted as it is shown. */
    private final java.util.List<Shown> shown = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Shown(Viewport2D viewport, boolean complete) {
    }

    @Start
    void start(Stage stage) {
        plot = new ScatterPlot();
        // A pseudo-random cloud (a fixed linear congruential sequence), denser in the middle.
        float[] xy = new float[2 * POINTS];
        long state = 12345;
        for (int i = 0; i < 2 * POINTS; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            double u = ((state >>> 11) & ((1L << 40) - 1)) / (double) (1L << 40);
            xy[i] = (float) (Math.pow(u, 3) * (i % 2 == 0 ? 80 : 50));
        }
        int[] colors = new int[POINTS];
        for (int i = 0; i < POINTS; i++) {
            colors[i] = i % 3 == 0 ? 0x80FF8040 : 0x604FA8FF;
        }
        plot.setPoints(xy, POINTS, true);
        plot.setPointColors(colors);
        plot.framesDrawnProperty().addListener((o, was, now) -> shown.add(new Shown(plot.drawnViewport(),
                plot.showsCompleteFrame())));
        stage.setScene(new Scene(new StackPane(plot), 640, 480));
        stage.sizeToScene();
        stage.show();
    }

    private void waitForStillFrame() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0 && plot.isFrameUpToDate());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int[] pixels(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = plot.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    /** Moves through {@code path}, each step once its predecessor is on screen; returns the frames shown meanwhile. */
    private java.util.List<Shown> move(FxRobot robot, Viewport2D... path) throws Exception {
        int before = shown.size();
        for (Viewport2D step : path) {
            long frames = plot.framesDrawnProperty().get();
            robot.interact(() -> plot.setViewport(step));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > frames
                    && step.equals(plot.drawnViewport()));
        }
        return java.util.List.copyOf(shown.subList(before, shown.size()));
    }

    @Test
    void afterAZoomAndAPanTheStillFrameIsTheExactOne(FxRobot robot) throws Exception {
        waitForStillFrame();
        Viewport2D start = plot.viewport();
        int[] exact = pixels(robot);
        double unit = 1 / start.pixelsPerUnit();
        // It ends with a zoom back to the start, whose moving frame is a sample: only the still one is exact.
        java.util.List<Shown> moving = move(robot,
                new Viewport2D(start.centerX() + 7 * unit, start.centerY() - 3 * unit, start.pixelsPerUnit()),
                new Viewport2D(start.centerX() + 19 * unit, start.centerY() + 11 * unit, start.pixelsPerUnit()),
                new Viewport2D(start.centerX(), start.centerY(), start.pixelsPerUnit() * 1.3),
                new Viewport2D(start.centerX(), start.centerY(), start.pixelsPerUnit() * 1.7),
                start);
        assertTrue(moving.contains(new Shown(start, false)),
                "a zoom of " + POINTS + " points back to the start should have shown a sample: " + moving);
        waitForStillFrame();
        assertTrue(plot.showsCompleteFrame());
        assertEquals(start, plot.drawnViewport());
        assertArrayEquals(exact, pixels(robot), "the still frame after the motion differs from the exact frame");
    }

    @Test
    void aPanByWholePixelsShowsTheExactFrameWhileMoving(FxRobot robot) throws Exception {
        waitForStillFrame();
        Viewport2D start = plot.viewport();
        double unit = 1 / start.pixelsPerUnit();
        Viewport2D end = new Viewport2D(start.centerX() - 23 * unit, start.centerY() + 9 * unit, start.pixelsPerUnit());
        // Drawn at rest first, then reached by panning: the moved frame starts from the shifted image.
        robot.interact(() -> plot.setViewport(end));
        waitForStillFrame();
        int[] exact = pixels(robot);
        robot.interact(() -> plot.setViewport(start));
        waitForStillFrame();
        java.util.List<Shown> moved = move(robot,
                new Viewport2D(start.centerX() - 10 * unit, start.centerY() + 4 * unit, start.pixelsPerUnit()),
                end);
        assertTrue(moved.stream().allMatch(Shown::complete), "a pan by whole pixels needs no sample: " + moved);
        int[] panned = pixels(robot);
        int differing = 0;
        for (int i = 0; i < exact.length; i++) {
            differing += exact[i] != panned[i] ? 1 : 0;
        }
        // Positions are rounded to pixels once per frame; a shift by whole pixels can only move a point whose
        // position lies within float rounding of a half pixel.
        assertTrue(differing < exact.length / 1000, differing + " of " + exact.length + " pixels differ while moving");
    }

    @Test
    void aPanMovesTheFrameOnScreenAtOnceAndTheRenderThreadCatchesUp(FxRobot robot) throws Exception {
        waitForStillFrame();
        Viewport2D start = plot.viewport();
        int[] before = pixels(robot);
        int width = (int) plot.getWidth();
        int height = before.length / width;
        int dx = 17;
        int dy = -6;
        double unit = 1 / start.pixelsPerUnit();
        Viewport2D target = new Viewport2D(start.centerX() - dx * unit, start.centerY() + dy * unit, start.pixelsPerUnit());
        int[][] moved = new int[1][];
        Viewport2D[] views = new Viewport2D[2];
        // One FX event: no frame of the render thread can be shown in between.
        robot.interact(() -> {
            plot.setViewport(target);
            views[0] = plot.shownViewport();
            views[1] = plot.drawnViewport();
            moved[0] = pixels(robot);
        });
        assertEquals(target, views[0], "the screen should show the new view at once");
        assertEquals(start, views[1], "its pixels are still the ones drawn for the old view");
        javafx.scene.paint.Color bg = PlotStyle.DARK.background();
        int background = 0xFF000000 | (int) Math.round(bg.getRed() * 255) << 16
                | (int) Math.round(bg.getGreen() * 255) << 8 | (int) Math.round(bg.getBlue() * 255);
        int wrong = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int fromX = x - dx;
                int fromY = y - dy;
                boolean kept = fromX >= 0 && fromX < width && fromY >= 0 && fromY < height;
                int expected = kept ? before[fromY * width + fromX] : background;
                wrong += moved[0][y * width + x] != expected ? 1 : 0;
            }
        }
        assertEquals(0, wrong, "pixels of the moved frame that are not the old frame shifted by (17, -6)");
        waitForStillFrame();
        assertEquals(target, plot.drawnViewport());
        assertTrue(plot.showsCompleteFrame());
    }
}
