package org.embedscope.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.map.MapView;

/**
 * `gui --screenshot FILE`: waits until the map has been drawn and no work is pending, saves the
 * whole window as a PNG and exits. Gives up with exit code 1 after a timeout.
 */
final class Screenshot {
    private static final Duration POLL = Duration.millis(250);
    private static final long TIMEOUT_MILLIS = 120_000;

    private final Stage stage;
    private final MapView map;
    private final TaskExecutor tasks;
    private final Path file;
    private final long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
    private int quietPolls;

    Screenshot(Stage stage, MapView map, TaskExecutor tasks, Path file) {
        this.stage = stage;
        this.map = map;
        this.tasks = tasks;
        this.file = file;
    }

    void takeWhenReady() {
        PauseTransition wait = new PauseTransition(POLL);
        wait.setOnFinished(e -> poll());
        wait.play();
    }

    private void poll() {
        // The frame on screen must be the newest one asked for: on a busy machine the last colours or
        // points can still be rasterizing when all tasks are done.
        boolean ready = map.activeView().framesDrawnProperty().get() > 0 && tasks.isIdle()
                && map.activeView().isFrameUpToDate();
        quietPolls = ready ? quietPolls + 1 : 0;
        if (quietPolls >= 3) {
            save();
        } else if (System.currentTimeMillis() > deadline) {
            System.err.println("embedscope: the map was not ready within " + TIMEOUT_MILLIS / 1000 + " s; no screenshot");
            EmbedscopeApp.setExitCode(1);
            Platform.exit();
        } else {
            takeWhenReady();
        }
    }

    private void save() {
        WritableImage image = stage.getScene().snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        try {
            ImageIO.write(out, "png", file.toFile());
            System.err.println("embedscope: saved " + file);
        } catch (IOException e) {
            System.err.println("embedscope: cannot write " + file + ": " + e.getMessage());
            EmbedscopeApp.setExitCode(1);
        }
        Platform.exit();
    }
}
