package org.embedscope.render.scatter;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries one plot's frame requests to the render thread and its frames back to the FX thread. Both
 * directions keep only the newest: a request that arrives while a frame is drawn replaces the waiting
 * one and makes the frame in progress give up, and a frame the FX thread has not taken yet is replaced
 * by a newer one. All plots share one daemon thread, so plots never compete for the two cores with
 * each other's half-finished frames.
 */
final class RenderChannel {
    private static final ExecutorService RENDER_THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "embedscope-scatter-render");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * A frame in progress gives way to a newer request only while the screen was updated recently;
     * otherwise a steady stream of requests (a long drag) would abandon every frame and show none.
     */
    private static final long ABANDON_WITHIN_NANOS = TimeUnit.MILLISECONDS.toNanos(60);

    private final AtomicReference<FrameRequest> waiting = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<Frame> ready = new AtomicReference<>();
    private final AtomicReference<int[]> spare = new AtomicReference<>();
    private final PreviousFrame previous = new PreviousFrame();
    private final Consumer<Frame> onFrame;
    private volatile long lastDeliveredAt = System.nanoTime();

    /** {@code onFrame} is called on the FX thread with each frame that is to be shown. */
    RenderChannel(Consumer<Frame> onFrame) {
        this.onFrame = onFrame;
    }

    /** Asks for a frame; any request still waiting is dropped. */
    void submit(FrameRequest request) {
        waiting.set(request);
        if (scheduled.compareAndSet(false, true)) {
            RENDER_THREAD.execute(this::drain);
        }
    }

    /**
     * Draws the newest request, then goes to the back of the render thread's queue if another one
     * came meanwhile, so that a plot asking for frames non-stop cannot starve the other plots.
     */
    private void drain() {
        try {
            FrameRequest request = waiting.getAndSet(null);
            if (request != null) {
                draw(request);
            }
        } finally {
            scheduled.set(false);
            // A request submitted while this one was drawn found the flag still set.
            if (waiting.get() != null && scheduled.compareAndSet(false, true)) {
                RENDER_THREAD.execute(this::drain);
            }
        }
    }

    private void draw(FrameRequest request) {
        int[] pixels = buffer(request.width() * request.height());
        Frame frame;
        try {
            frame = FrameRenderer.render(request, pixels,
                    () -> waiting.get() != null && System.nanoTime() - lastDeliveredAt < ABANDON_WITHIN_NANOS, previous);
            if (frame != null) {
                previous.keep(frame, frame.complete());
            }
        } catch (RuntimeException e) {
            // The thread serves every plot; one bad request must not stop it.
            Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            frame = null;
        }
        if (frame == null) {
            recycle(pixels);
            return;
        }
        Frame replaced = ready.getAndSet(frame);
        if (replaced != null) {
            recycle(replaced.pixels());
        } else {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        Frame frame = ready.getAndSet(null);
        if (frame == null) {
            return;
        }
        lastDeliveredAt = System.nanoTime();
        try {
            onFrame.accept(frame);
        } finally {
            // Shown frames were copied into the image; the array can take the next frame.
            recycle(frame.pixels());
        }
    }

    private int[] buffer(int size) {
        int[] pixels = spare.getAndSet(null);
        return pixels != null && pixels.length == size ? pixels : new int[size];
    }

    private void recycle(int[] pixels) {
        spare.set(pixels);
    }
}
