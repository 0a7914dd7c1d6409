package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.embedscope.app.gui.common.NumberTips;
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
 * Every measured number the window shows (a decimal in a label or a table cell) gets a tooltip that
 * explains it, after lessons filled the panels with their results on the bundled data.
 */
@ExtendWith(ApplicationExtension.class)
class NumberTipsTest {
    private static final Pattern DECIMAL = Pattern.compile("\\d\\.\\d");
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
    void everyDecimalOnScreenIsExplained(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        List<String> untipped = new ArrayList<>();
        // Analogies, clusters and bias fill the analogy, map and bias panels with their numbers.
        for (String[] step : new String[][] {{"analogies", "0"}, {"clusters", "1"}, {"bias", "2"},
            {"vectors-and-similarity", "2"}}) {
            robot.interact(() -> window.app.lessons().start(step[0], Integer.parseInt(step[1])));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.executor.isIdle());
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collect(window.view, untipped));
        }
        assertEquals(List.of(), untipped.stream().distinct().toList());
    }

    private static void collect(Parent root, List<String> untipped) {
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && DECIMAL.matcher(labeled.getText()).find() && NumberTips.explain(labeled) == null) {
                untipped.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\"");
            }
            if (child instanceof Parent parent) {
                collect(parent, untipped);
            }
        }
    }
}
