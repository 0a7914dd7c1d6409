package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.embedscope.model.Metric;
import org.embedscope.model.eval.AnalogyReport;
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

/**
 * The analogy, evaluation and expression features through the real window. Expected values come from
 * gensim 4.2 on the file `embedscope convert --to glove` writes from the bundled dataset.
 */
@ExtendWith(ApplicationExtension.class)
class PanelsTest {
    private MainViewModel model;
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, dir, null);
        model = window.model;
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    private void ready(FxRobot robot) throws Exception {
        ScatterPlot plot = robot.lookup("#map").queryAs(ScatterPlot.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> plot.framesDrawnProperty().get() > 0);
    }

    private void showTab(FxRobot robot, String id) {
        robot.interact(() -> window.view.showPanel(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void analogyPresetFindsQueenAndDrawsTheParallelogram(FxRobot robot) throws Exception {
        ready(robot);
        showTab(robot, "analogy");
        robot.clickOn("#analogy-solve");
        TableView<Neighbor> answers = table(robot, "#analogy-answers");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answers.getItems().size() == 10);
        // gensim: most_similar(positive=['king', 'woman'], negative=['man']) = queen 0.76986, monarch, throne
        assertEquals(List.of("queen", "monarch", "throne"),
                answers.getItems().subList(0, 3).stream().map(Neighbor::word).toList());
        assertEquals(0.769863, answers.getItems().get(0).score(), 2e-6);
        assertEquals("queen is the answer \u2714", robot.lookup("#analogy-rank").queryAs(Label.class).getText());
        var map = window.app.map();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.annotationsProperty().get().links().size() == 2);
        var annotations = map.annotationsProperty().get();
        int man = window.app.workspace().store().indexOf("man");
        int king = window.app.workspace().store().indexOf("king");
        int woman = window.app.workspace().store().indexOf("woman");
        int queen = window.app.workspace().store().indexOf("queen");
        assertEquals(2, annotations.links().size());
        assertEquals(man, annotations.links().get(0).from());
        assertEquals(king, annotations.links().get(0).to());
        assertEquals(woman, annotations.links().get(1).from());
        assertEquals(queen, annotations.links().get(1).to());
        // On the map of every word a point's number is its row: the arrows reach the plot as they are.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.arrowsProperty().get().size() == 2);
        assertEquals(queen, map.arrowsProperty().get().get(1).to());
    }

    @Test
    void includingTheInputsLetsKingWin(FxRobot robot) throws Exception {
        ready(robot);
        showTab(robot, "analogy");
        robot.clickOn("#analogy-include-inputs");
        robot.clickOn("#analogy-solve");
        TableView<Neighbor> answers = table(robot, "#analogy-answers");
        // numpy on gensim's normalised vectors, nothing excluded: king 0.83607, queen 0.76986, monarch
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !answers.getItems().isEmpty() && answers.getItems().get(0).word().equals("king"));
        assertEquals(0.836066, answers.getItems().get(0).score(), 2e-6);
        assertEquals("queen", answers.getItems().get(1).word());
        assertEquals("queen ranks 2nd", robot.lookup("#analogy-rank").queryAs(Label.class).getText());
    }

    @Test
    void unknownAnalogyWordIsNamed(FxRobot robot) throws Exception {
        ready(robot);
        showTab(robot, "analogy");
        robot.clickOn("#analogy-c").eraseText(5).write("qwxzzy").type(KeyCode.ENTER);
        Label message = robot.lookup("#analogy-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("qwxzzy"));
        assertTrue(message.getText().startsWith("unknown word"), message.getText());
    }

    @Test
    void expressionQueryAndMetricChoiceInTheNeighboursPanel(FxRobot robot) throws Exception {
        ready(robot);
        // The robot's keyboard cannot type '+' on every layout; put the text in, then press Enter.
        javafx.scene.control.TextField query = robot.lookup("#word-query").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> query.setText("king - man + woman"));
        robot.clickOn("#word-query").type(KeyCode.ENTER);
        TableView<Neighbor> table = table(robot, "#neighbors-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !table.getItems().isEmpty() && table.getItems().get(0).word().equals("queen"));
        assertEquals(-1, window.app.workspace().selectedIndexProperty().get());
        robot.interact(() -> window.app.workspace().focus("paris"));
        @SuppressWarnings("unchecked")
        ChoiceBox<Metric> metric = robot.lookup("#metric-choice").queryAs(ChoiceBox.class);
        robot.interact(() -> metric.setValue(Metric.EUCLIDEAN));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().get(0).score() > 1 && table.getColumns().get(2).getText().equals("Distance"));
        double previous = 0;
        for (Neighbor n : table.getItems()) {
            assertTrue(n.score() >= previous, "distances ascend");
            previous = n.score();
        }
    }

    @Test
    void evaluatePanelReproducesGensimsCounts(FxRobot robot) throws Exception {
        ready(robot);
        showTab(robot, "evaluate");
        EvaluateViewModelAccess.restrict(robot, 10_000);
        robot.clickOn("#run-analogies");
        Label summary = robot.lookup("#analogy-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> summary.getText().contains("correct"));
        // The summary is written just before the table, in the same FX event: let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        // gensim evaluate_word_analogies(restrict_vocab=10000): 5,123 of 7,038.
        assertTrue(summary.getText().contains("5,123 of 7,038"), summary.getText());
        TableView<AnalogyReport.SectionScore> sections = table(robot, "#analogy-sections");
        assertEquals("capital-common-countries", sections.getItems().get(0).name());
        assertEquals(435, sections.getItems().get(0).correct());
        assertEquals(462, sections.getItems().get(0).total());

        // The analogy results pushed the button below the fold of the scrolling panel.
        javafx.scene.control.Button runSimilarity = robot.lookup("#run-similarity").queryButton();
        robot.interact(runSimilarity::fire);
        Label similarity = robot.lookup("#similarity-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> similarity.getText().contains("Spearman"));
        // gensim evaluate_word_pairs(WordSim-353): Spearman 0.55039, Pearson 0.57764, 1.13% OOV (4 pairs).
        assertTrue(similarity.getText().startsWith("Spearman 0.5504, Pearson 0.5776"), similarity.getText());
    }

    /** Sets the evaluation's restrict spinner the way a user types into it. */
    private static final class EvaluateViewModelAccess {
        static void restrict(FxRobot robot, int value) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> spinner =
                    robot.lookup("#restrict-spinner").queryAs(javafx.scene.control.Spinner.class);
            robot.interact(() -> spinner.getValueFactory().setValue(value));
        }
    }
}
