package org.embedscope.model;

/**
 * Cancel and pause switches for one run of long work, flipped on one thread (a UI's) and seen at
 * once by the work on another, to which it is handed as a {@link Progress} that reports nowhere.
 */
public final class RunControl implements Progress {
    private final Object lock = new Object();
    private volatile boolean cancelled;
    private volatile boolean paused;

    public void cancel() {
        cancelled = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    @Override
    public void update(double fraction, String message) {
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    /** Blocks while paused; cancellation, also while waiting, throws {@link CancelledException}. */
    @Override
    public void awaitResume() {
        synchronized (lock) {
            while (paused && !cancelled) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
            }
        }
        checkCancelled();
    }
}
