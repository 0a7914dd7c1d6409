package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.search.Neighbor;
import org.embedscope.render.scatter.ScatterPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(Platform::runLater);
        model = new MainViewModel(new Workspace(), tasks);
        stage.setScene(new Scene(new MainView(model), 1200, 800));
        stage.show();
        model.open(null, () -> { });
    }

    @AfterEach
    void stopWorkers() {
        tasks.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Neighbor> table(FxRobot robot) {
        return robot.lookup("#neighbors-table").queryAs(TableView.class);
    }

    private void waitForMap(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
        assertEquals(50_000, plot.pointCount());
    }

    @Test
    void typingAWordShowsItsNeighboursAndSelectsItOnTheMap(FxRobot robot) throws Exception {
        waitForMap(robot);
        robot.clickOn("#word-query").write("queen").type(KeyCode.ENTER);
        TableView<Neighbor> table = table(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        // gensim most_similar('queen') on the converted bundled file starts with these.
        List<String> words = table.getItems().stream().map(Neighbor::word).toList();
        assertEquals(List.of("princess", "king", "elizabeth", "royal", "lady"), words.subList(0, 5));
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        assertEquals(model.workspace().store().indexOf("queen"), plot.selectedIndexProperty().get());
    }

    @Test
    void choosingANeighbourSelectsItEverywhere(FxRobot robot) throws Exception {
        waitForMap(robot);
        robot.interact(() -> model.workspace().select("paris"));
        TableView<Neighbor> table = table(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().get(0).word().equals("france"));
        robot.clickOn("france");
        int france = model.workspace().store().indexOf("france");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.workspace().selectedIndexProperty().get() == france);
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        assertEquals(france, plot.selectedIndexProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().stream().noneMatch(n -> n.word().equals("france")));
    }

    @Test
    void unknownWordIsExplainedAndNothingBreaks(FxRobot robot) throws Exception {
        waitForMap(robot);
        robot.clickOn("#word-query").write("qwxzzy").type(KeyCode.ENTER);
        Label message = robot.lookup("#neighbors-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("unknown word: qwxzzy"));
        assertTrue(message.isVisible());
        assertEquals(-1, model.workspace().selectedIndexProperty().get());
    }
}
