package org.embedscope.app.gui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands live results to the UI thread, keeping only the newest when the UI falls behind, so that a
 * fast producer never floods the UI's queue with stale pictures.
 */
final class LiveChannel {
    private final BackgroundTask<?> task;
    private final Executor ui;
    private final AtomicReference<Object> pending = new AtomicReference<>();

    LiveChannel(BackgroundTask<?> task, Executor ui) {
        this.task = task;
        this.ui = ui;
    }

    void publish(Object value) {
        if (pending.getAndSet(value) == null) {
            ui.execute(this::deliver);
        }
    }

    private void deliver() {
        Object value = pending.getAndSet(null);
        if (value != null) {
            task.deliverLive(value);
        }
    }
}
