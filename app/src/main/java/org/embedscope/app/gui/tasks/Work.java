package org.embedscope.app.gui.tasks;

import org.embedscope.model.Progress;

/** A unit of background work: runs off the FX thread, reports through the given progress. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
