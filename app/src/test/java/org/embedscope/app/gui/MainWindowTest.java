package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.embedscope.model.search.Neighbor;
import org.embedscope.render.scatter.ScatterPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, dir.resolve("config"), null);
        model = window.model;
    }

    @AfterEach
    void stopWorkers() {
        window.close();
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
    void theWindowFitsTheScreenItOpensOn(FxRobot robot) throws Exception {
        waitForMap(robot);
        Stage stage = (Stage) robot.lookup("#map").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY(), stage.getX() + "," + stage.getY());
        assertTrue(stage.getX() + stage.getWidth() <= screen.getMaxX(), stage.getWidth() + " wide on " + screen);
        assertTrue(stage.getY() + stage.getHeight() <= screen.getMaxY(), stage.getHeight() + " high on " + screen);
        javafx.scene.Node menu = robot.lookup("#main-menu").query();
        assertTrue(menu.localToScreen(menu.getBoundsInLocal()).getMinY() >= screen.getMinY(), "the menu bar is on screen");
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
        assertEquals(window.app.workspace().store().indexOf("queen"), plot.selectedIndexProperty().get());
    }

    @Test
    void choosingANeighbourSelectsItEverywhere(FxRobot robot) throws Exception {
        waitForMap(robot);
        robot.interact(() -> window.app.workspace().focus("paris"));
        TableView<Neighbor> table = table(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().get(0).word().equals("france"));
        // The list's cells appear a pulse or more after its items; click the cell once it is there.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> franceCell(robot) != null);
        robot.clickOn(franceCell(robot));
        int france = window.app.workspace().store().indexOf("france");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.app.workspace().selectedIndexProperty().get() == france);
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        assertEquals(france, plot.selectedIndexProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().stream().noneMatch(n -> n.word().equals("france")));
    }

    private static javafx.scene.Node franceCell(FxRobot robot) {
        return robot.lookup("#neighbors-table").lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> cell) -> "france".equals(cell.getText()) && cell.isVisible())
                .tryQuery().orElse(null);
    }

    @Test
    void unknownWordIsExplainedAndNothingBreaks(FxRobot robot) throws Exception {
        waitForMap(robot);
        robot.clickOn("#word-query").write("qwxzzy").type(KeyCode.ENTER);
        Label message = robot.lookup("#neighbors-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("unknown word: qwxzzy"));
        assertTrue(message.isVisible());
        assertEquals(-1, window.app.workspace().selectedIndexProperty().get());
    }

    @Test
    void openingAFileReplacesTheDatasetNamesItAndRemembersIt(FxRobot robot) throws Exception {
        waitForMap(robot);
        Path file = dir.resolve("tiny.txt");
        Files.writeString(file, "alpha 1 0 0\nbeta 0.9 0.1 0\ngamma 0 1 0\ndelta 0 0 1\n");
        robot.interact(() -> model.openDropped(List.of(file.toFile())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.app.workspace().store().size() == 4 && window.app.workspace().layoutProperty().get() != null);
        Stage stage = (Stage) robot.lookup("#map").query().getScene().getWindow();
        assertEquals("tiny.txt \u2014 Embedscope", model.titleProperty().get());
        assertTrue(robot.lookup("#status-dataset").queryAs(Label.class).getText().contains("4 words"));
        assertEquals(List.of(file.toAbsolutePath()), model.recentFiles().files());
        // Settings are written on their own thread, soon after the change.
        Path settings = dir.resolve("config/settings.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("tiny.txt"));
        assertTrue(stage.isShowing());
        robot.interact(() -> window.app.workspace().focus("alpha"));
        TableView<Neighbor> table = table(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals("beta", table.getItems().get(0).word());
    }

    @Test
    void aMalformedFileShowsTheFileAndLineAndKeepsThePreviousDataset(FxRobot robot) throws Exception {
        waitForMap(robot);
        Path file = dir.resolve("broken.txt");
        Files.writeString(file, "alpha 1 0 0\nbeta 0.9 oops 0\n");
        robot.interact(() -> model.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        String text = robot.lookup("#error-dialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(text.contains("broken.txt, line 2"), text);
        assertTrue(text.contains("oops"), text);
        assertEquals(50_000, window.app.workspace().store().size());
        assertTrue(model.recentFiles().files().isEmpty());
    }
}
