package org.embedscope.app.gui.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;

/**
 * Times one input to the frame that shows it on screen: from the moment the input is applied to the
 * end of the rendering of the first pulse in which the result was part of the scene. The toolkit's
 * per-scene tracker says when a pulse starts and when the scene's frame has been rendered (on
 * the FX thread and the render thread); the render thread of a plot is never asked. The benchmark
 * applies each input just after the previous frame was rendered, so that the first rendering that ends
 * after the pulse which took the change is, but for a stray pulse (a caret's blink), that pulse's.
 */
final class FrameClock {
    private final PerformanceTracker tracker;
    private BooleanSupplier onScreen;
    private Presented then;
    private long syncedAt;
    private long inputAt;
    private boolean synced;

    FrameClock(Scene scene) {
        tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnPulse(this::pulse);
        tracker.setOnRenderedFrameTask(this::rendered);
    }

    /**
     * Applies {@code input} now; once {@code onScreen} holds at the start of a pulse and that pulse's
     * frame has been rendered, {@code then} gets the nanoseconds from the input.
     */
    void measure(Runnable input, BooleanSupplier onScreen, Presented then) {
        this.onScreen = onScreen;
        this.then = then;
        synced = false;
        inputAt = System.nanoTime();
        input.run();
        javafx.application.Platform.requestNextPulse();
    }

    interface Presented {
        void accept(long toScreenNanos, long toPulseNanos);
    }

    boolean isWaiting() {
        return then != null;
    }

    private void pulse() {
        if (then != null && !synced && onScreen.getAsBoolean()) {
            synced = true;
            syncedAt = System.nanoTime();
        } else if (then != null && !synced) {
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Called on the toolkit's render thread once the scene's frame is on screen. */
    private void rendered() {
        long at = System.nanoTime();
        javafx.application.Platform.runLater(() -> renderedAt(at));
    }

    private void renderedAt(long at) {
        if (then != null && synced && at > syncedAt) {
            Presented done = then;
            then = null;
            done.accept(at - inputAt, syncedAt - inputAt);
        }
    }

    void close() {
        tracker.setOnPulse(null);
        tracker.setOnRenderedFrameTask(null);
        then = null;
    }
}
