package org.embedscope.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.embedscope.app.gui.bench.RenderBench;
import org.embedscope.app.gui.bench.RenderBenchJson;
import org.embedscope.app.gui.bench.RenderBenchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** {@code bench-render} drives the real window through every motion and reports each figure its JSON promises. */
@ExtendWith(ApplicationExtension.class)
class RenderBenchTest {
    private static final int WORDS = 300;
    private Stage stage;
    private TestWindow window;

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path vectors = dir.resolve("tiny.txt");
        // 300 words of 6 dimensions on a twisted curve, so that the map is spread out in 2D and 3D.
        List<String> lines = IntStream.range(0, WORDS).mapToObj(i -> "w" + i + IntStream.range(0, 6)
                .mapToObj(d -> String.format(Locale.ROOT, " %.4f", Math.sin(0.05 * i * (d + 1) + d)))
                .reduce("", String::concat)).toList();
        Files.write(vectors, lines);
        window = TestWindow.open(stage, dir.resolve("settings"), vectors);
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void theBenchmarkMovesTheMapAndReportsEveryFigure(FxRobot robot) throws Exception {
        AtomicReference<RenderBenchResult> result = new AtomicReference<>();
        AtomicBoolean exited = new AtomicBoolean();
        robot.interact(() -> new RenderBench(6, 4, 3, result::set, () -> exited.set(true))
                .started(stage, window.view, window.app, window.executor));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, exited::get);
        assertTrue(result.get() != null, "the benchmark failed before it reported (see stderr)");
        JsonNode json = RenderBenchJson.of(result.get());
        assertEquals(WORDS, json.get("points_2d").asInt());
        assertEquals(6, json.get("pan_frames").asInt());
        assertEquals(4, json.get("zoom_frames").asInt());
        for (String kind : List.of("pan", "zoom")) {
            double p50 = json.get(kind + "_frame_p50_ms").asDouble();
            double p95 = json.get(kind + "_frame_p95_ms").asDouble();
            assertTrue(p50 > 0 && p95 >= p50, kind + ": p50 " + p50 + ", p95 " + p95);
            assertTrue(json.get(kind + "_to_pulse_p50_ms").asDouble() <= p50, kind + " reaches the pulse before the screen");
            assertTrue(json.get(kind + "_still_ms").isNumber());
        }
        assertTrue(json.get("peak_rss_mb").asLong() >= json.get("peak_rss_2d_mb").asLong());
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            assertEquals("ok", json.get("three_d").asText());
            assertEquals(WORDS, json.get("points_3d").asInt());
            assertEquals(3, json.get("orbit_frames").asInt());
            assertTrue(json.get("orbit_frame_p50_ms").asDouble() > 0);
        } else {
            assertTrue(json.get("three_d").asText().startsWith("not supported"), json.get("three_d").asText());
            assertEquals(0, json.get("orbit_frames").asInt());
            assertTrue(json.get("orbit_frame_p50_ms").isNull(), "an unmeasured figure is null, not NaN");
        }
    }
}
