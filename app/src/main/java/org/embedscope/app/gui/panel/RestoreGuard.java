package org.embedscope.app.gui.panel;

/**
 * Tells a view model's listeners that inputs are being restored, so that they set values without
 * reacting to them (no query, no projection, no colouring): restoring is quiet by contract.
 */
public final class RestoreGuard {
    private boolean restoring;

    /** Runs the assignments with the guard up. */
    public void during(Runnable assignments) {
        restoring = true;
        try {
            assignments.run();
        } finally {
            restoring = false;
        }
    }

    /** True while {@link #during} runs: listeners should not react. */
    public boolean active() {
        return restoring;
    }
}
