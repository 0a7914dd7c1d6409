package org.embedscope.app.gui.task;

import java.util.concurrent.Executor;
import org.embedscope.model.Progress;

/** The {@link Progress} a task's work reports to; updates reach the UI at most every 50 ms. */
final class TaskProgress implements Progress {
    private static final long MIN_UPDATE_NANOS = 50_000_000L;

    private final BackgroundTask<?> task;
    private final Executor ui;
    private long lastUpdate = System.nanoTime() - MIN_UPDATE_NANOS;

    TaskProgress(BackgroundTask<?> task, Executor ui) {
        this.task = task;
        this.ui = ui;
    }

    @Override
    public void update(double fraction, String message) {
        long now = System.nanoTime();
        if (now - lastUpdate >= MIN_UPDATE_NANOS || fraction >= 1) {
            lastUpdate = now;
            ui.execute(() -> task.report(fraction, message));
        }
    }

    @Override
    public boolean isCancelled() {
        return task.gate().isCancelled();
    }

    @Override
    public boolean isPaused() {
        return task.gate().isPaused();
    }

    @Override
    public void awaitResume() {
        task.gate().awaitResume();
    }
}
