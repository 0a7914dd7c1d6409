package org.embedscope.app.gui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * For tests of what happens while work waits or runs: tasks start (running callback, status bar)
 * at once, but their work waits in a queue until {@link #runAll()}; callbacks then run on the calling
 * thread. A task cancelled while queued never runs its work.
 */
public final class QueuedTaskExecutor extends AbstractTaskExecutor {
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private int started;

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        started++;
        return super.execute(task);
    }

    @Override
    protected void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    protected void onWorker(Runnable work) {
        queued.add(work);
    }

    /** Runs the queued work, oldest first, including work queued meanwhile. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    public int queued() {
        return queued.size();
    }

    /** How many tasks were ever started. */
    public int started() {
        return started;
    }

    @Override
    public void shutdown() {
        queued.clear();
    }
}
