package org.embedscope.app.settings;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes settings on one background thread, so that saving never holds the JavaFX thread (Jackson's
 * first use and the write took 850 ms at startup). Saves coalesce: while one is waiting to be written,
 * a newer snapshot replaces it, so a burst of changes (a window dragged around) is one write of the
 * latest. {@link #flush()} waits for what was submitted, for the last save before the app exits.
 */
public final class SettingsWriter {
    private static final long FLUSH_SECONDS = 5;
    private final SettingsStore store;
    private final Executor executor;
    private final AtomicReference<Settings> pending = new AtomicReference<>();

    /** A writer on its own daemon thread. */
    public SettingsWriter(SettingsStore store) {
        this(store, singleDaemonThread());
    }

    /** A writer whose writes run on {@code executor}, which must run them one at a time, in order. */
    public SettingsWriter(SettingsStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** Schedules {@code snapshot} to be written; it must not be changed afterwards. */
    public void submit(Settings snapshot) {
        if (pending.getAndSet(snapshot) == null) {
            executor.execute(this::writeLatest);
        }
    }

    /** Waits (a few seconds at most) until everything submitted so far is written. */
    public void flush() {
        try {
            CompletableFuture.runAsync(() -> { }, executor).get(FLUSH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // A writer that cannot finish in time must not keep the app from closing.
        }
    }

    private void writeLatest() {
        Settings latest = pending.getAndSet(null);
        if (latest == null) {
            return;
        }
        try {
            store.save(latest);
        } catch (IOException e) {
            // Forgetting a preference is better than an error dialog about it.
        }
    }

    private static ExecutorService singleDaemonThread() {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "embedscope-settings-writer");
            thread.setDaemon(true);
            return thread;
        });
    }
}
