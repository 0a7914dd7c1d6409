package org.embedscope.app.gui.task;

/**
 * Runs each task to its end inside {@link #execute}, on the calling thread: view models can be
 * tested without a window or an FX thread. Work that pauses would wait forever here; tests resume
 * it from a live callback or do not pause.
 */
public final class SameThreadTaskExecutor extends AbstractTaskExecutor {
    @Override
    protected void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    protected void onWorker(Runnable work) {
        work.run();
    }

    @Override
    public void shutdown() {
    }
}
