package org.embedscope.model.projection;

import org.embedscope.model.knn.KnnGraph;

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

    /**
     * t-SNE's input-space neighbours, once found (graph point i is {@code rows[i]}); the run lets go
     * of them afterwards, so keep only what is needed.
     */
    default void onInputNeighbours(int[] rows, KnnGraph graph) {
    }
}
