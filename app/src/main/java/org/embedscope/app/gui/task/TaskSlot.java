package org.embedscope.app.gui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A view model's one task at a time. Starting a task cancels the one before (a newer query makes the
 * older answer worthless); running, progress, message and paused follow the current task only, so a
 * panel's progress bar never shows another panel's work, and they reset when it ends however it ends.
 */
public final class TaskSlot {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private BackgroundTask<?> current;

    public TaskSlot(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Cancels the current task, if any, and starts this one. */
    public <T> BackgroundTask<T> start(BackgroundTask<T> task) {
        cancel();
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        paused.bind(task.pausedProperty());
        task.afterFinished(() -> release(task));
        return executor.execute(task);
    }

    private void release(BackgroundTask<?> task) {
        if (current != task) {
            return;
        }
        current = null;
        progress.unbind();
        message.unbind();
        paused.unbind();
        progress.set(0);
        message.set("");
        paused.set(false);
        running.set(false);
    }

    /** Cancels the current task; its cancelled and finished callbacks follow. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public void pause() {
        if (current != null) {
            current.pause();
        }
    }

    public void resume() {
        if (current != null) {
            current.resume();
        }
    }

    /**
     * Whether the task is this slot's current one: callbacks of a task that a newer one replaced use
     * it to leave the newer task's state alone.
     */
    public boolean isCurrent(BackgroundTask<?> task) {
        return current == task;
    }

    /** True from {@link #start} until the task's finished callback. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The current task's progress: 0..1, negative while unknown, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }
}
