package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.embedscope.app.gui.evaluate.EvaluateViewModel;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.projection.ProjectionMethod;
import org.embedscope.app.gui.projection.ProjectionSettings;
import org.embedscope.app.gui.projection.ProjectionViewModel;
import org.embedscope.app.gui.projection.WordSource;
import org.embedscope.model.eval.AnalogyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: a cancel takes effect within 200 ms. With the real window, view models and FxTaskExecutor,
 * a running t-SNE and a running analogy evaluation are cancelled mid-run, and the task's finished
 * callback (which clears the slot's running flag) must reach the FX thread within 200 ms of
 * {@code cancel()}. The worst of three trials counts; the 200 ms are the requirement itself, with no
 * allowance added (warm trials measured 5 to 100 ms on two cores). The work is sized
 * to run for seconds, so each cancel lands in the middle of it.
 *
 * <p>A first trial of each kind runs unmeasured, as in {@link FxStallTest}: the first cancel of a process
 * also pays for JIT compilation and first use of the map's restore path, and measured 90 to 750 ms, the
 * FX thread itself being busy for most of it (issue 13 is not closed by this test for a cold process).
 */
@ExtendWith(ApplicationExtension.class)
class CancelLatencyTest {
    private static final int WORDS = 20_000;
    private static final int DIMENSIONS = 50;
    private static final int TSNE_POINTS = 3000;
    private static final int QUESTIONS = 40_000;
    private static final long LIMIT_MILLIS = 200;
    private static final int TRIALS = 3;
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.open(stage, dir.resolve("config"), writeVectors());
    }

    @AfterEach
    void stopWorkers() {
        window.close();
    }

    /** Random words w0, w1, ...: no structure to find, only work to do. */
    private Path writeVectors() throws Exception {
        Random random = new Random(13);
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < WORDS; w++) {
            text.append('w').append(w);
            for (int d = 0; d < DIMENSIONS; d++) {
                text.append(' ').append((float) random.nextGaussian());
            }
            text.append('\n');
        }
        Path file = dir.resolve("random.txt");
        Files.writeString(file, text);
        return file;
    }

    private Path writeQuestions() throws Exception {
        Random random = new Random(31);
        StringBuilder text = new StringBuilder(": random\n");
        for (int q = 0; q < QUESTIONS; q++) {
            for (int k = 0; k < 4; k++) {
                text.append(k == 0 ? "w" : " w").append(random.nextInt(WORDS));
            }
            text.append('\n');
        }
        Path file = dir.resolve("questions.txt");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void cancellingTsneEndsItsTaskWithin200Ms(FxRobot robot) throws Exception {
        MapLayout pca = waitForLayout(layout -> layout.title().equals("PCA"));
        ProjectionViewModel projection = window.app.projection();
        ProjectionSettings settings = projection.settings();
        long worst = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            robot.interact(() -> {
                settings.methodProperty().set(ProjectionMethod.TSNE);
                settings.wordsProperty().set(WordSource.FIRST);
                settings.firstCountProperty().set(TSNE_POINTS);
                settings.perplexityProperty().set(30);
                settings.iterationsProperty().set(100_000);
                projection.run();
            });
            // Live frames mean gradient descent is under way; let it run a little further.
            waitForLayout(MapLayout::live);
            Thread.sleep(150 + 50 * trial);
            long millis = cancelLatency(projection.runningProperty(), projection::cancel);
            System.out.println("t-SNE cancel, trial " + trial + ": " + millis + " ms");
            worst = Math.max(worst, millis);
            assertTrue(projection.statusProperty().get().startsWith("Cancelled"), projection.statusProperty().get());
            assertSame(pca, window.app.workspace().layout(), "the map from before t-SNE is back");
        }
        System.out.println("t-SNE cancel latency, worst of " + TRIALS + " (the first one cold): " + worst + " ms");
        assertTrue(worst <= LIMIT_MILLIS, "t-SNE took " + worst + " ms to end after cancel");
    }

    @Test
    void cancellingAnAnalogyEvaluationEndsItsTaskWithin200Ms(FxRobot robot) throws Exception {
        waitForLayout(layout -> layout.title().equals("PCA"));
        EvaluateViewModel evaluate = (EvaluateViewModel) window.app.panel("evaluate").model();
        Path questions = writeQuestions();
        long worst = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            AnalogyReport before = evaluate.analogyReportProperty().get();
            robot.interact(() -> {
                evaluate.analogyFileProperty().set(questions);
                evaluate.restrictProperty().set(WORDS);
                evaluate.runAnalogies();
            });
            // Progress above zero: the questions are read and the solver is scanning the vocabulary.
            waitUntil(() -> evaluate.progressProperty().get() > 0);
            Thread.sleep(50 * trial);
            long millis = cancelLatency(evaluate.runningProperty(), evaluate::cancel);
            System.out.println("analogy evaluation cancel, trial " + trial + ": " + millis + " ms");
            worst = Math.max(worst, millis);
            assertSame(before, evaluate.analogyReportProperty().get(), "a cancelled evaluation reports nothing");
        }
        System.out.println("analogy evaluation cancel latency, worst of " + TRIALS + " (the first one cold): " + worst + " ms");
        assertTrue(worst <= LIMIT_MILLIS, "the evaluation took " + worst + " ms to end after cancel");
    }

    /**
     * Cancels on the FX thread while the work is running and returns the milliseconds until the
     * running flag cleared, which the executor does in the task's finished callback on the FX thread.
     */
    private static long cancelLatency(ObservableBooleanValue running, Runnable cancel) throws Exception {
        CompletableFuture<Long> latency = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (!running.get()) {
                latency.completeExceptionally(new AssertionError("the work ended before it was cancelled"));
                return;
            }
            long cancelledAt = System.nanoTime();
            ChangeListener<Boolean> listener = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        running.removeListener(this);
                        assertTrue(Platform.isFxApplicationThread());
                        latency.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt));
                    }
                }
            };
            running.addListener(listener);
            cancel.run();
        });
        long millis = latency.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, running.get());
        return millis;
    }

    private MapLayout waitForLayout(java.util.function.Predicate<MapLayout> condition) throws Exception {
        waitUntil(() -> {
            MapLayout layout = window.app.workspace().layoutProperty().get();
            return layout != null && condition.test(layout);
        });
        return window.app.workspace().layoutProperty().get();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
