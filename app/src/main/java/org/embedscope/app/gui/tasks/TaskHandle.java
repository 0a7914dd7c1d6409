package org.embedscope.app.gui.tasks;

import java.util.concurrent.atomic.AtomicBoolean;
import org.embedscope.model.Progress;

/**
 * One submitted piece of work, seen from both sides: the worker reports through it as a
 * {@link Progress}; the UI cancels through it. Progress reaching the UI is throttled.
 */
public final class TaskHandle implements Progress {
    private static final long MIN_UPDATE_NANOS = 50_000_000L;

    private final String title;
    private final boolean visible;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BackgroundTasks owner;
    private volatile long lastUpdate;

    TaskHandle(String title, boolean visible, BackgroundTasks owner) {
        this.title = title;
        this.visible = visible;
        this.owner = owner;
    }

    public String title() {
        return title;
    }

    boolean visible() {
        return visible;
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void update(double fraction, String message) {
        long now = System.nanoTime();
        if (visible && (now - lastUpdate > MIN_UPDATE_NANOS || fraction >= 1)) {
            lastUpdate = now;
            owner.reportProgress(this, fraction, message);
        }
    }
}
