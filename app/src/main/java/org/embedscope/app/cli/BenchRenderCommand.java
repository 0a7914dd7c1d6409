package org.embedscope.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.embedscope.app.gui.EmbedscopeApp;
import org.embedscope.app.gui.LaunchOptions;
import org.embedscope.app.gui.bench.FrameTimes;
import org.embedscope.app.gui.bench.RenderBench;
import org.embedscope.app.gui.bench.RenderBenchJson;
import org.embedscope.app.gui.bench.RenderBenchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Opens the window, drives the map and reports its frame times and the window's peak memory. A benchmark, not a test. */
@Command(name = "bench-render", description = {"Open the window on the 2D map of every word, pan and zoom it, then"
        + " orbit the 3D map of the first " + RenderBench.WORDS_3D + " words, and report median and p95 frame times"
        + " (input to the frame on screen) and the peak resident memory.",
    "3D needs a GPU pipeline (with Mesa: EMBEDSCOPE_JAVA_OPTS=-Dprism.forceGPU=true); without one the JSON says so."})
final class BenchRenderCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Option(names = "--pan-moves", defaultValue = "120", paramLabel = "N", description = "Pan moves to time (default: ${DEFAULT-VALUE}).")
    int panMoves;

    @Option(names = "--zoom-moves", defaultValue = "80", paramLabel = "N",
            description = "Zoom steps to time, half in and half out (default: ${DEFAULT-VALUE}).")
    int zoomMoves;

    @Option(names = "--orbit-moves", defaultValue = "60", paramLabel = "N",
            description = "3D camera steps of 3 degrees to time (default: ${DEFAULT-VALUE}).")
    int orbitMoves;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (panMoves < 1 || zoomMoves < 2 || orbitMoves < 1) {
            throw new UsageException("--pan-moves and --orbit-moves must be at least 1, --zoom-moves at least 2");
        }
        if (dataset.vectors != null && !Files.exists(dataset.vectors)) {
            throw new NoSuchFileException(dataset.vectors.toString());
        }
        LaunchOptions launch = new LaunchOptions(dataset.vectors, dataset.openOptions(), null, null, 2, null, null, null,
                null, 0, false, false);
        AtomicReference<RenderBenchResult> result = new AtomicReference<>();
        int code = EmbedscopeApp.launch(launch, new RenderBench(panMoves, zoomMoves, orbitMoves, result::set,
                javafx.application.Platform::exit));
        if (code != 0 || result.get() == null) {
            return code != 0 ? code : 1;
        }
        print(result.get());
        return 0;
    }

    private void print(RenderBenchResult r) {
        PrintWriter out = output.out();
        if (output.json) {
            JsonOutput.print(out, RenderBenchJson.of(r));
        } else {
            out.printf("pipeline %s; %,d points in 2D, %,d in 3D (3D: %s)%n", r.pipeline(), r.points2d(), r.points3d(),
                    r.threeD());
            line(out, "pan", r.pan(), r.panStillMs());
            line(out, "zoom", r.zoom(), r.zoomStillMs());
            line(out, "orbit", r.orbit(), r.orbitStillMs());
            out.printf("peak RSS %,d MB (%,d MB after the 2D part)%n", r.peakRssMb(), r.peakRss2dMb());
        }
        out.flush();
    }

    private static void line(PrintWriter out, String kind, FrameTimes times, double stillMs) {
        if (times.count() == 0) {
            out.printf("%s: not measured%n", kind);
            return;
        }
        out.printf("%s: %d frames, p50 %.1f ms, p95 %.1f ms; still frame %.0f ms after the last input%n", kind,
                times.count(), times.percentile(50), times.percentile(95), stillMs);
    }
}
