package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.embedscope.app.gui.distances.DistancesViewModel;
import org.embedscope.render.chart.Histogram;
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
 * The Distances panel in the real window on the bundled dataset: it measures when first shown, and
 * Enter in the dimensions field measures again. Figures: bench/distances_peer.py (numpy, scikit-learn).
 */
@ExtendWith(ApplicationExtension.class)
class DistancesPanelTest {
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

    @Test
    void measuresWhenShownAndAgainOnEnter(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        DistancesViewModel model = (DistancesViewModel) window.app.panel("distances").model();
        assertNull(model.reportProperty().get(), "nothing is measured before the panel is shown");
        robot.interact(() -> window.view.showPanel("distances"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("#distances-headline").queryAs(Label.class);
        assertTrue(headline.getText().startsWith("In 100 dimensions a word's nearest neighbour is on average 0.42 away "
                + "and a random word 1.00"), headline.getText());
        assertEquals("0.42", robot.lookup("#distances-nearest-mean").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#distances-histogram").queryAs(Histogram.class).series().size());

        Spinner<?> dims = robot.lookup("#distances-dims").queryAs(Spinner.class);
        robot.clickOn(dims.getEditor());
        robot.interact(() -> dims.getEditor().selectAll());
        robot.write("10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.reportProperty().get() != null && model.reportProperty().get().summary().dims() == 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.121985, model.reportProperty().get().summary().meanNearest(), 1e-6);
        assertTrue(headline.getText().startsWith("In 10 dimensions"), headline.getText());
    }
}
