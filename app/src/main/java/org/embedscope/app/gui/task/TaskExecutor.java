package org.embedscope.app.gui.task;

import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s: the work off the FX thread, every callback and property change on
 * it. Call {@link #execute} on the FX thread. {@link FxTaskExecutor} is the application's; tests use
 * {@link SameThreadTaskExecutor}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {
    /** Starts the task (it must be new) and returns it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** The running tasks the status bar shows, oldest first. */
    ObservableList<BackgroundTask<?>> visibleTasks();

    /** Cancels the newest visible task: what Esc and the status bar's cancel button do. */
    default void cancelNewestVisible() {
        ObservableList<BackgroundTask<?>> tasks = visibleTasks();
        if (!tasks.isEmpty()) {
            tasks.get(tasks.size() - 1).cancel();
        }
    }

    /** True when no task, visible or quiet, is waiting to hand back its outcome. */
    boolean isIdle();

    /**
     * Runs {@code action} on the FX thread as soon as no task is unfinished: at once when idle now, else
     * after the last one's callbacks (which may start more work, waited for too). What drives the app
     * from data (a lesson step's commands) uses it to run one command after the work of the one before.
     */
    void whenIdle(Runnable action);

    void shutdown();
}
