package org.embedscope.app.gui.task;

import java.util.function.Consumer;
import org.embedscope.model.Progress;

/**
 * Iterative work that shows intermediate results while it runs (a t-SNE map as it forms). Values
 * given to {@code publish} reach the task's live callback on the FX thread; when the work publishes
 * faster than the FX thread takes them, only the newest is delivered.
 */
@FunctionalInterface
public interface LiveWork<T, L> {
    T run(Progress progress, Consumer<L> publish) throws Exception;
}
