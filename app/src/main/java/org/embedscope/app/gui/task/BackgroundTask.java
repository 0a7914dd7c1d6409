package org.embedscope.app.gui.task;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.model.CancelledException;
import org.embedscope.model.Progress;
import org.embedscope.model.RunControl;

/**
 * One piece of background work and everything the UI needs to follow it: a title, its own message
 * and progress, and callbacks that a {@link TaskExecutor} calls on the FX thread: running, then one
 * of success, failure or cancelled, then always finished. Iterative work also publishes live results.
 *
 * <p>Build it, then hand it to an executor once:
 * <pre>{@code
 * BackgroundTask.of("k-means", p -> KMeans.fit(...))
 *         .onSuccess(this::show).onFailure(this::explain).onFinished(() -> busy.set(false))
 *         .executeWith(executor);
 * }</pre>
 * Its properties change on the FX thread only; {@link #cancel()}, {@link #pause()} and
 * {@link #resume()} are called there too, and the work sees them at once.
 */
public final class BackgroundTask<T> {
    /** Where a task is in its life. */
    public enum State { READY, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final Body<T> body;
    private boolean visible = true;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private Consumer<Object> onLive = value -> { };
    private final java.util.List<Runnable> afterFinished = new java.util.ArrayList<>();

    private final RunControl gate = new RunControl();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");

    private BackgroundTask(String title, Body<T> body) {
        this.title = Objects.requireNonNull(title);
        this.body = body;
        message.set(title);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, (progress, publish) -> work.run(progress));
    }

    /** A task whose work publishes live results, handed to {@code onLive} on the FX thread. */
    @SuppressWarnings("unchecked")
    public static <T, L> BackgroundTask<T> live(String title, LiveWork<T, L> work, Consumer<? super L> onLive) {
        BackgroundTask<T> task = new BackgroundTask<>(title,
                (progress, publish) -> work.run(progress, value -> publish.accept(value)));
        task.onLive = value -> onLive.accept((L) value);
        return task;
    }

    /** Keeps the task out of the status bar (quick queries that need no progress or cancel button). */
    public BackgroundTask<T> quiet() {
        visible = false;
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        onRunning = action;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        onFailure = action;
        return this;
    }

    /** Called instead of success or failure when the task was cancelled, before finished. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = action;
        return this;
    }

    /** Called last, whatever the outcome: success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished = action;
        return this;
    }

    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String title() {
        return title;
    }

    public boolean isVisible() {
        return visible;
    }

    /** Asks the work to stop; its result, if it still produces one, is dropped. */
    public void cancel() {
        gate.cancel();
    }

    public boolean isCancelled() {
        return gate.isCancelled();
    }

    /** Holds work that can pause (it asks {@link Progress#isPaused()}); other work runs on. */
    public void pause() {
        gate.pause();
        paused.set(true);
    }

    public void resume() {
        gate.resume();
        paused.set(false);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public boolean isDone() {
        State s = state.get();
        return s == State.SUCCEEDED || s == State.FAILED || s == State.CANCELLED;
    }

    /** What the work says it is doing (the title until it says otherwise). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    // ---- called by executors and slots ----

    /** Runs after {@link #onFinished}; for {@link TaskSlot}, which must not take the user's callback. */
    void afterFinished(Runnable action) {
        afterFinished.add(action);
    }

    RunControl gate() {
        return gate;
    }

    /** FX thread. */
    void started() {
        state.set(State.RUNNING);
        onRunning.run();
    }

    /** Worker thread. */
    T runBody(Progress progress, Consumer<Object> publish) throws Exception {
        return body.run(progress, publish);
    }

    /** FX thread. */
    void report(double fraction, String text) {
        if (!isDone()) {
            progress.set(fraction);
            message.set(text == null || text.isBlank() ? title : text);
        }
    }

    /** FX thread. */
    void deliverLive(Object value) {
        if (!isCancelled() && !isDone()) {
            onLive.accept(value);
        }
    }

    /** FX thread: exactly one outcome callback, then finished (even when that callback throws). */
    void complete(T result, Throwable failure) {
        try {
            if (isCancelled() || failure instanceof CancelledException) {
                state.set(State.CANCELLED);
                onCancelled.run();
            } else if (failure != null) {
                state.set(State.FAILED);
                onFailure.accept(failure);
            } else {
                state.set(State.SUCCEEDED);
                progress.set(1);
                onSuccess.accept(result);
            }
        } finally {
            paused.set(false);
            try {
                onFinished.run();
            } finally {
                afterFinished.forEach(Runnable::run);
            }
        }
    }

    @FunctionalInterface
    private interface Body<T> {
        T run(Progress progress, Consumer<Object> publish) throws Exception;
    }
}
