package org.embedscope.app.gui.task;

import org.embedscope.model.Progress;

/**
 * The body of a {@link BackgroundTask}: runs off the FX thread, reports and learns of pauses and
 * cancellation through the given progress.
 */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
