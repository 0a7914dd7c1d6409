package org.embedscope.model.projection;

/**
 * Receives intermediate maps on the projection's own thread, never on a UI thread; the run waits
 * while it is called, so hand the frame over and return.
 */
@FunctionalInterface
public interface ProjectionListener {
    ProjectionListener NONE = (rows, frame) -> {
    };

    /** @param rows the store rows being placed (the same array every call of one run) */
    void onFrame(int[] rows, ProjectionFrame frame);
}
