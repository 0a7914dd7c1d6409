package org.embedscope.app.gui.bench;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.EmbedscopeApp;
import org.embedscope.app.gui.MainView;
import org.embedscope.app.gui.StartHook;
import org.embedscope.app.gui.projection.WordSource;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.render.scatter.Camera3D;
import org.embedscope.render.scatter.PointCloudView;
import org.embedscope.render.scatter.ScatterPlot;
import org.embedscope.render.scatter.ScatterPlot3D;
import org.embedscope.render.scatter.Viewport2D;

/**
 * {@code bench-render}: once the 2D map of every word is drawn, pans it, zooms it, then shows the 3D
 * map of the first {@link #WORDS_3D} words and orbits the camera, timing every frame with a
 * {@link FrameClock}. Each input waits for the frame before it, as a hand on a mouse would see it.
 * The first moves of each motion are a warm-up for the compilers and are not counted.
 */
public final class RenderBench implements StartHook {
    public static final int WORDS_3D = 100_000;
    private static final int WARM_UP = 20;
    private static final long STEP_TIMEOUT_MILLIS = 180_000;

    private final int panMoves;
    private final int zoomMoves;
    private final int orbitMoves;
    private final Consumer<RenderBenchResult> onDone;
    private final Runnable exit;
    private AppComposition app;
    private MainView view;
    private TaskExecutor tasks;
    private FrameClock clock;
    private final FrameTimes pan = new FrameTimes();
    private final FrameTimes zoom = new FrameTimes();
    private final FrameTimes orbit = new FrameTimes();
    private double panStill = Double.NaN;
    private double zoomStill = Double.NaN;
    private double orbitStill = Double.NaN;
    private int points2d;
    private int points3d;
    private long peak2d;
    private long deadline;

    /**
     * {@code onDone} gets the figures on the FX thread, then {@code exit} runs (which closes the app);
     * a failure is reported on stderr, sets exit code 1 and runs {@code exit} too.
     */
    public RenderBench(int panMoves, int zoomMoves, int orbitMoves, Consumer<RenderBenchResult> onDone, Runnable exit) {
        this.panMoves = panMoves;
        this.zoomMoves = zoomMoves;
        this.orbitMoves = orbitMoves;
        this.onDone = onDone;
        this.exit = exit;
    }

    @Override
    public void started(Stage stage, MainView mainView, AppComposition composition, TaskExecutor executor) {
        this.app = composition;
        this.view = mainView;
        this.tasks = executor;
        app.sessions().dismissOffer();
        clock = new FrameClock(stage.getScene());
        waitFor(() -> map2d().pointCount() > 0 && mapReady(map2d()), this::bench2d);
    }

    private ScatterPlot map2d() {
        return view.mapView().plot();
    }

    private boolean mapReady(PointCloudView plot) {
        return view.mapView().activeView() == plot && plot.framesDrawnProperty().get() > 0 && tasks.isIdle()
                && plot.isFrameUpToDate();
    }

    private void bench2d() {
        ScatterPlot plot = map2d();
        points2d = plot.pointCount();
        int words = app.workspace().store().size();
        if (points2d != words) {
            fail("the 2D map shows " + points2d + " of " + words + " words");
            return;
        }
        IntFunction<Viewport2D> panStep = i -> {
            Viewport2D v = plot.viewport();
            double angle = 2 * Math.PI * i / 60;
            double dx = Math.round(12 * Math.cos(angle));
            double dy = Math.round(12 * Math.sin(angle));
            return new Viewport2D(v.centerX() - dx / v.pixelsPerUnit(), v.centerY() + dy / v.pixelsPerUnit(),
                    v.pixelsPerUnit());
        };
        IntFunction<Viewport2D> zoomStep = i -> {
            Viewport2D v = plot.viewport();
            double factor = i < zoomMoves / 2 ? 1.04 : 1 / 1.04;
            return new Viewport2D(v.centerX(), v.centerY(), v.pixelsPerUnit() * factor);
        };
        moves2d(plot, panStep, WARM_UP, null, () ->
                moves2d(plot, panStep, panMoves, pan, () -> still(plot, ms -> panStill = ms, () ->
                        moves2d(plot, zoomStep, zoomMoves, zoom, () -> still(plot, ms -> zoomStill = ms, () -> {
                            peak2d = PeakMemory.residentMb();
                            bench3d();
                        })))));
    }

    private void moves2d(ScatterPlot plot, IntFunction<Viewport2D> step, int moves, FrameTimes into, Runnable next) {
        repeat(moves, i -> {
            Viewport2D target = step.apply(i);
            return new Move(() -> plot.setViewport(target), () -> target.equals(plot.shownViewport()));
        }, into, next);
    }

    /** Times the last input of a motion to the exact frame, which may come when the motion has settled. */
    private void still(PointCloudView plot, java.util.function.DoubleConsumer into, Runnable next) {
        long start = System.nanoTime();
        new Object() {
            void poll() {
                if (plot.isFrameUpToDate()) {
                    into.accept((System.nanoTime() - start) / 1e6);
                    next.run();
                } else if (System.nanoTime() - start > STEP_TIMEOUT_MILLIS * 1_000_000) {
                    fail("the still frame did not come within " + STEP_TIMEOUT_MILLIS / 1000 + " s");
                } else {
                    PauseTransition wait = new PauseTransition(Duration.millis(2));
                    wait.setOnFinished(e -> poll());
                    wait.play();
                }
            }
        }.poll();
    }

    private void bench3d() {
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            finish("not supported by this graphics pipeline (try -Dprism.forceGPU=true)");
            return;
        }
        int words = Math.min(WORDS_3D, app.workspace().store().size());
        var settings = app.projection().settings();
        settings.wordsProperty().set(words < app.workspace().store().size() ? WordSource.FIRST : WordSource.ALL);
        settings.firstCountProperty().set(words);
        settings.dimsProperty().set(3);
        waitFor(() -> view.mapView().activeView() instanceof ScatterPlot3D p && p.pointCount() == words
                && mapReady(p), () -> {
                    ScatterPlot3D plot = (ScatterPlot3D) view.mapView().activeView();
                    points3d = plot.pointCount();
                    IntFunction<Move> step = i -> new Move(() -> {
                        Camera3D c = plot.camera();
                        plot.setCamera(new Camera3D(c.pitchDegrees(), c.yawDegrees() + 3, c.panX(), c.panY(), c.distance()));
                    }, () -> true);
                    repeat(5, step, null, () -> repeat(orbitMoves, step, orbit, () -> still(plot, ms -> orbitStill = ms,
                            () -> finish("ok"))));
                });
    }

    private record Move(Runnable input, BooleanSupplier onScreen) {
    }

    private void repeat(int moves, IntFunction<Move> step, FrameTimes into, Runnable next) {
        new Object() {
            int done;

            void run() {
                if (done == moves) {
                    next.run();
                    return;
                }
                Move move = step.apply(done);
                long started = System.currentTimeMillis();
                clock.measure(move.input(), move.onScreen(), (nanos, toPulse) -> {
                    done++;
                    if (into != null) {
                        into.add(nanos, toPulse);
                    }
                    run();
                });
                PauseTransition timeout = new PauseTransition(Duration.millis(STEP_TIMEOUT_MILLIS));
                int expected = done;
                timeout.setOnFinished(e -> {
                    if (done == expected && clock.isWaiting()) {
                        fail("no frame within " + (System.currentTimeMillis() - started) / 1000 + " s");
                    }
                });
                timeout.play();
            }
        }.run();
    }

    private void waitFor(BooleanSupplier ready, Runnable then) {
        deadline = System.currentTimeMillis() + STEP_TIMEOUT_MILLIS;
        new Object() {
            int quiet;

            void poll() {
                quiet = ready.getAsBoolean() ? quiet + 1 : 0;
                if (quiet >= 3) {
                    then.run();
                } else if (System.currentTimeMillis() > deadline) {
                    fail("the map was not ready within " + STEP_TIMEOUT_MILLIS / 1000 + " s");
                } else {
                    PauseTransition wait = new PauseTransition(Duration.millis(100));
                    wait.setOnFinished(e -> poll());
                    wait.play();
                }
            }
        }.poll();
    }

    private void finish(String threeD) {
        clock.close();
        onDone.accept(new RenderBenchResult(pipeline(), points2d, points3d, threeD, pan, panStill, zoom, zoomStill, orbit,
                orbitStill, peak2d, PeakMemory.residentMb()));
        exit.run();
    }

    private void fail(String why) {
        clock.close();
        System.err.println("embedscope: bench-render: " + why);
        EmbedscopeApp.setExitCode(1);
        exit.run();
    }

    private static String pipeline() {
        try {
            return com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }
}
