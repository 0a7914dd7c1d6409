package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.embedscope.app.lesson.Lesson;
import org.embedscope.app.lesson.LessonStep;
import org.embedscope.render.scatter.ScatterPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lessons in the real window: the start page starts one, the strip steps through it, presenter mode scales text. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
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

    private void ready(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
    }

    @Test
    void aLessonStartsFromItsCardAndStepsWithTheStripAndTheClickerKeys(FxRobot robot) throws Exception {
        ready(robot);
        robot.interact(() -> window.app.lessons().startPageShownProperty().set(true));
        robot.clickOn("#lesson-card-analogies");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.executor.isIdle());
        assertFalse(robot.lookup("#start-page").query().isVisible(), "the card closed the start page");
        assertEquals("king - man + woman", robot.lookup("#lesson-step-title").queryAs(Label.class).getText());
        assertEquals("analogy", window.app.frontPanelProperty().get());
        robot.clickOn("#lesson-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.executor.isIdle());
        assertEquals("Countries and capitals", robot.lookup("#lesson-step-title").queryAs(Label.class).getText());
        robot.type(javafx.scene.input.KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.executor.isIdle());
        assertEquals(2, window.app.lessons().stepProperty().get(), "Page Down is the next step");
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.executor.isIdle());
        assertEquals(1, window.app.lessons().stepProperty().get(), "Page Up the step before");
        robot.clickOn("#lesson-leave");
        assertFalse(robot.lookup("#lesson-bar").query().isVisible(), "the strip is gone; the window stays as it was");
        assertEquals("analogy", window.app.frontPanelProperty().get());
    }

    @Test
    void presenterModeScalesTextAndHidesChrome(FxRobot robot) throws Exception {
        ready(robot);
        Label title = robot.lookup(".panel-title").queryAs(Label.class);
        double normal = title.getFont().getSize();
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.app.presenterProperty().get(), "F5 turns presenter mode on");
        double presented = title.getFont().getSize();
        assertTrue(presented >= 1.5 * normal && presented <= 2.5 * normal, normal + " -> " + presented);
        assertFalse(robot.lookup("#main-menu").query().isVisible(), "no menu bar in presenter mode");
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.app.presenterProperty().get(), "F5 leaves it again, though the menu bar that holds it is hidden");
        assertEquals(normal, title.getFont().getSize(), 1e-9);
    }

    @Test
    void everyPartAStepOpensIsInTheWindow(FxRobot robot) throws Exception {
        ready(robot);
        List<String> missing = new ArrayList<>();
        // A panel's view is built when its tab is first shown, and the parts inside its scroll panes join the
        // scene at the layout pass after that.
        for (var panel : window.app.panels()) {
            robot.interact(() -> window.view.showPanel(panel.id()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> {
            for (Lesson lesson : window.app.lessons().lessons()) {
                for (LessonStep step : lesson.steps()) {
                    if (step.show() != null && window.view.lookup("#" + step.show()) == null) {
                        missing.add(lesson.id() + ": " + step.show());
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
    }
}
