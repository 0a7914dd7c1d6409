package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.embedscope.app.gui.evaluate.EvaluateState;
import org.embedscope.app.gui.neighbors.NeighborsState;
import org.embedscope.app.gui.projection.ColoringState;
import org.embedscope.app.gui.projection.ProjectionMethod;
import org.embedscope.app.gui.projection.ProjectionPanelState;
import org.embedscope.app.gui.projection.ProjectionState;
import org.embedscope.app.gui.projection.WordSource;
import org.embedscope.model.Metric;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.render.scatter.ScatterPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Controls and view models are bound both ways: a restored state shows in every control, and typing reaches the model. */
@ExtendWith(ApplicationExtension.class)
class RestoredStateShowsTest {
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, dir, null);
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private <T> Spinner<T> spinner(FxRobot robot, String panel, String id) {
        // A panel's view is built when its tab is first shown.
        robot.interact(() -> window.view.showPanel(panel));
        return robot.lookup(id).queryAs(Spinner.class);
    }

    @Test
    void restoredNumbersAppearInTheirSpinnersAndEditedOnesReachTheModels(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        AppState state = window.app.snapshot();
        java.util.Map<String, Record> panels = new java.util.HashMap<>(state.panels());
        panels.put("neighbours", new NeighborsState("", 37, Metric.EUCLIDEAN));
        panels.put("evaluate", new EvaluateState(null, null, 40_000, AnalogyMethod.MUL));
        panels.put("map", new ProjectionPanelState(new ProjectionState(ProjectionMethod.TSNE, 2, List.of(1, 2, 3), 12.5,
                0, 700, 3, Metric.COSINE, List.of("he - she", "rich - poor", "good - bad"), WordSource.FIRST, 2500, "", 15, 0.1, 0, 8.0),
                new ColoringState(org.embedscope.app.gui.projection.ColoringMode.CLUSTERS, 6, 10, 0, "", "", 60, 1)));
        robot.interact(() -> window.app.restore(new AppState(panels, state.map())));
        assertEquals(37, spinner(robot, "neighbours", "#neighbors-k").getValue());
        assertEquals(40_000, spinner(robot, "evaluate", "#restrict-spinner").getValue());
        assertEquals(2500, spinner(robot, "map", "#projection-first-count").getValue());

        Spinner<Integer> k = spinner(robot, "neighbours", "#neighbors-k");
        robot.interact(() -> k.getValueFactory().setValue(12));
        assertEquals(12, window.app.neighbors().kProperty().get());
        Spinner<Integer> restrict = spinner(robot, "evaluate", "#restrict-spinner");
        robot.interact(() -> restrict.getValueFactory().setValue(20_000));
        assertEquals(20_000, ((org.embedscope.app.gui.evaluate.EvaluateState) window.app.snapshot().panels()
                .get("evaluate")).restrict());
        assertEquals(12.5, window.app.projection().settings().perplexityProperty().get());
    }
}
