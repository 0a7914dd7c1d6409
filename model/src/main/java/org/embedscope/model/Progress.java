package org.embedscope.model;

/**
 * How long-running model work reports how far it got and learns that the user gave up or paused.
 * Implementations may be called from any thread and must be cheap: work calls them often.
 * Pausing is cooperative: iterative work that can pause (t-SNE) asks {@link #isPaused()} between
 * steps, publishes its current state, then waits in {@link #awaitResume()}; other work never pauses.
 */
public interface Progress {

    /** A listener that ignores updates and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * @param fraction done so far, 0..1, or a negative number when the amount of work is unknown
     * @param message  what is being done, in words a user understands
     */
    void update(double fraction, String message);

    boolean isCancelled();

    /** True while the user wants the work held; the default never pauses. */
    default boolean isPaused() {
        return false;
    }

    /**
     * Blocks while {@link #isPaused()}, then returns; throws {@link CancelledException} when the
     * work is cancelled, also while paused.
     */
    default void awaitResume() {
        checkCancelled();
    }

    /** Throws {@link CancelledException} once the user cancelled; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
