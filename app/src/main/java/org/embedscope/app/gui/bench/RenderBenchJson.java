package org.embedscope.app.gui.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON that {@code bench-render --json} prints for a {@link RenderBenchResult}. */
public final class RenderBenchJson {
    private RenderBenchJson() {
    }

    public static ObjectNode of(RenderBenchResult r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("pipeline", r.pipeline());
        node.put("points_2d", r.points2d());
        node.put("points_3d", r.points3d());
        node.put("three_d", r.threeD());
        frames(node, "pan", r.pan());
        millis(node, "pan_still_ms", r.panStillMs());
        frames(node, "zoom", r.zoom());
        millis(node, "zoom_still_ms", r.zoomStillMs());
        frames(node, "orbit", r.orbit());
        millis(node, "orbit_still_ms", r.orbitStillMs());
        node.put("peak_rss_2d_mb", r.peakRss2dMb());
        node.put("peak_rss_mb", r.peakRssMb());
        return node;
    }

    private static void frames(ObjectNode node, String kind, FrameTimes times) {
        node.put(kind + "_frames", times.count());
        millis(node, kind + "_frame_p50_ms", times.percentile(50));
        millis(node, kind + "_frame_p95_ms", times.percentile(95));
        millis(node, kind + "_to_pulse_p50_ms", times.toPulsePercentile(50));
    }

    /** A figure that was not measured (3D without a GPU pipeline) is null rather than NaN, which JSON lacks. */
    private static void millis(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 10) / 10.0);
        }
    }
}
