package org.embedscope.app.gui.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.model.CancelledException;

/**
 * The one way the app runs work off the FX thread. Work runs on daemon worker threads; its result
 * or failure is handed back on the FX thread (the {@code fx} executor). "Visible" tasks drive the
 * status bar (message, progress, cancel); "latest" tasks replace an earlier task of the same key,
 * which is what a query typed while the previous one runs wants.
 */
public final class BackgroundTasks {
    private final ExecutorService workers;
    private final Executor fx;
    private final List<TaskHandle> visibleTasks = new ArrayList<>();
    private final Map<String, TaskHandle> latestByKey = new HashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final AtomicInteger running = new AtomicInteger();

    public BackgroundTasks(Executor fx) {
        this.fx = fx;
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "embedscope-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs work shown in the status bar with its progress and a cancel button. Call on the FX thread. */
    public <T> TaskHandle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(title, true, this);
        visibleTasks.add(handle);
        refreshStatus(handle, -1, title);
        submit(handle, work, onSuccess, onFailure);
        return handle;
    }

    /** Runs quick work silently, cancelling any unfinished task submitted earlier under the same key. */
    public <T> TaskHandle runLatest(String key, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle previous = latestByKey.get(key);
        if (previous != null) {
            previous.cancel();
        }
        TaskHandle handle = new TaskHandle(key, false, this);
        latestByKey.put(key, handle);
        // A newer task cancels this one, and results of cancelled tasks are dropped in finish().
        submit(handle, work, onSuccess, onFailure);
        return handle;
    }

    private <T> void submit(TaskHandle handle, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.incrementAndGet();
        workers.execute(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(handle);
            } catch (Throwable t) {
                failure = t;
            }
            T finalResult = result;
            Throwable finalFailure = failure;
            fx.execute(() -> finish(handle, finalResult, finalFailure, onSuccess, onFailure));
        });
    }

    private <T> void finish(TaskHandle handle, T result, Throwable failure, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        running.decrementAndGet();
        visibleTasks.remove(handle);
        latestByKey.remove(handle.title(), handle);
        TaskHandle shown = visibleTasks.isEmpty() ? null : visibleTasks.get(visibleTasks.size() - 1);
        if (shown == null) {
            busy.set(false);
            progress.set(0);
            message.set("");
        }
        if (handle.isCancelled() || failure instanceof CancelledException) {
            return;
        }
        if (failure != null) {
            onFailure.accept(failure);
        } else {
            onSuccess.accept(result);
        }
    }

    void reportProgress(TaskHandle handle, double fraction, String text) {
        fx.execute(() -> refreshStatus(handle, fraction, text));
    }

    private void refreshStatus(TaskHandle handle, double fraction, String text) {
        if (!visibleTasks.isEmpty() && visibleTasks.get(visibleTasks.size() - 1) == handle) {
            busy.set(true);
            progress.set(fraction);
            message.set(text == null || text.isBlank() ? handle.title() : text);
        }
    }

    /** Cancels the task the status bar shows. */
    public void cancelShown() {
        if (!visibleTasks.isEmpty()) {
            visibleTasks.get(visibleTasks.size() - 1).cancel();
        }
    }

    /** True while any task, visible or not, has not handed back its result yet. */
    public boolean isIdle() {
        return running.get() == 0;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public void shutdown() {
        workers.shutdownNow();
    }
}
