package org.embedscope.app.gui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** The application's executor: work on daemon worker threads, callbacks on the JavaFX thread. */
public final class FxTaskExecutor extends AbstractTaskExecutor {
    private final ExecutorService workers;

    public FxTaskExecutor() {
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "embedscope-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    protected void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    protected void onWorker(Runnable work) {
        workers.execute(work);
    }

    @Override
    public void shutdown() {
        workers.shutdownNow();
    }
}
