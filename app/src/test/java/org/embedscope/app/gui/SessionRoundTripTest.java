package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.session.SessionFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session saved once the map is drawn reopens to the same picture. (The same check across two
 * processes: {@code gui --save-session s.json --screenshot a.png}, then {@code gui --session s.json
 * --screenshot b.png}; the two PNGs are identical.)
 */
@ExtendWith(ApplicationExtension.class)
class SessionRoundTripTest {
    private Stage stage;
    private TestWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestWindow.open(stage, dir.resolve("settings"), null);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    /** Both windows get the same size, whatever the screen and the saved window bounds say. */
    private void sameSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1200);
            stage.setHeight(800);
        });
    }

    private void waitUntilDrawnAndIdle(TestWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> w.view.mapView().activeView().framesDrawnProperty().get() > 0
                && w.executor.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        // The 2D map draws on a render thread, and a layout pass (the sidebar changing width) may ask
        // for a frame after the FX events settled: wait until the newest frame is up and stays so.
        var view = w.view.mapView().activeView();
        long frames;
        do {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, view::isFrameUpToDate);
            frames = view.framesDrawnProperty().get();
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        } while (!view.isFrameUpToDate() || view.framesDrawnProperty().get() != frames);
    }

    private int[] pixels(FxRobot robot, TestWindow w) {
        int[][] holder = new int[1][];
        robot.interact(() -> {
            WritableImage image = w.view.mapView().snapshot(null, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    argb, 0, width);
            holder[0] = argb;
        });
        return holder[0];
    }

    @Test
    void aSavedSessionReopensToTheSamePicture(FxRobot robot) throws Exception {
        sameSize(robot);
        waitUntilDrawnAndIdle(window);
        robot.interact(() -> {
            window.app.workspace().focus("queen");
            window.app.workspace().select(new WordGroup("royals", List.of("king", "queen", "prince", "princess")));
            window.app.frontPanelProperty().set("analogy");
        });
        waitUntilDrawnAndIdle(window);
        Path file = dir.resolve("royals.json");
        robot.interact(() -> window.app.sessions().save(file, () -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file) && window.executor.isIdle());
        WaitForAsyncUtils.waitForFxEvents();
        int[] before = pixels(robot, window);

        JsonNode json = SessionFiles.json().readTree(file.toFile());
        assertEquals(bundledHash(), json.get("dataset").get("contentHash").asText(),
                "the session names the bundled vectors by the SHA-256 of their bytes");

        // Change everything the session holds, then open it.
        robot.interact(() -> {
            window.app.workspace().focus("banana");
            window.app.workspace().select(WordGroup.EMPTY);
            window.app.frontPanelProperty().set("bias");
            window.app.map().viewportProperty().set(new org.embedscope.render.scatter.Viewport2D(3, 3, 10));
            window.app.projection().run();
        });
        waitUntilDrawnAndIdle(window);
        assertTrue(!java.util.Arrays.equals(before, pixels(robot, window)), "the picture changed");
        robot.interact(() -> window.app.sessions().open(file, () -> { }));
        waitUntilDrawnAndIdle(window);
        assertEquals("queen", window.app.workspace().store().word(window.app.workspace().selectedIndexProperty().get()));
        assertEquals(List.of("king", "queen", "prince", "princess"), window.app.workspace().selectionProperty().get().words());
        assertEquals("analogy", window.app.frontPanelProperty().get());
        assertArrayEquals(before, pixels(robot, window), "the map looks the same, pixel for pixel");
    }

    /** Computed here from the resource files, independently of the app's code. */
    private static String bundledHash() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String suffix : List.of(".words.txt", ".f16")) {
            try (InputStream in = Files.newInputStream(Path.of("..", "assets", "data", "glove-6b-100d-50k" + suffix))) {
                sha.update(in.readAllBytes());
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
