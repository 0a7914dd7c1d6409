package org.embedscope.app.cli;

import java.io.PrintWriter;
import org.embedscope.model.Progress;

/** `--progress`: a line on stderr when the stage changes, and at most one a second otherwise. */
final class StderrProgress implements Progress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private String lastStage = "";
    private long lastLine;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void update(double fraction, String message) {
        String stage = message.replaceAll("[0-9].*", "");
        long now = System.nanoTime();
        if (!stage.equals(lastStage) || now - lastLine > 1_000_000_000L) {
            lastStage = stage;
            lastLine = now;
            err.printf("%7.1f s  %s%n", (now - start) / 1e9, message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
