package org.embedscope.app.gui.task;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The life cycle every executor shares; subclasses only say where work runs and how the UI thread
 * is reached.
 */
abstract class AbstractTaskExecutor implements TaskExecutor {
    private final ObservableList<BackgroundTask<?>> visible = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask<?>> readOnlyVisible = FXCollections.unmodifiableObservableList(visible);
    private final AtomicInteger unfinished = new AtomicInteger();
    // Touched on the UI thread only.
    private final java.util.List<Runnable> idleActions = new java.util.ArrayList<>();

    /** Runs on the UI thread, after everything handed over before. */
    protected abstract void onUiThread(Runnable action);

    /** Runs the work somewhere that is not the UI thread (or, in tests, right here). */
    protected abstract void onWorker(Runnable work);

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        if (task.stateProperty().get() != BackgroundTask.State.READY) {
            throw new IllegalStateException("task '" + task.title() + "' was already started");
        }
        unfinished.incrementAndGet();
        if (task.isVisible()) {
            visible.add(task);
        }
        task.started();
        onWorker(() -> run(task));
        return task;
    }

    private <T> void run(BackgroundTask<T> task) {
        T result = null;
        Throwable failure = null;
        if (!task.isCancelled()) {
            LiveChannel live = new LiveChannel(task, this::onUiThread);
            try {
                result = task.runBody(new TaskProgress(task, this::onUiThread), live::publish);
            } catch (Throwable t) {
                failure = t;
            }
        }
        T finalResult = result;
        Throwable finalFailure = failure;
        onUiThread(() -> finish(task, finalResult, finalFailure));
    }

    private <T> void finish(BackgroundTask<T> task, T result, Throwable failure) {
        visible.remove(task);
        try {
            task.complete(result, failure);
        } finally {
            if (unfinished.decrementAndGet() == 0) {
                runIdleActions();
            }
        }
    }

    @Override
    public void whenIdle(Runnable action) {
        if (isIdle()) {
            action.run();
        } else {
            idleActions.add(action);
        }
    }

    private void runIdleActions() {
        // An action may start work; the ones after it then wait for that work in turn.
        while (!idleActions.isEmpty() && isIdle()) {
            idleActions.remove(0).run();
        }
    }

    @Override
    public ObservableList<BackgroundTask<?>> visibleTasks() {
        return readOnlyVisible;
    }

    @Override
    public boolean isIdle() {
        return unfinished.get() == 0;
    }
}
