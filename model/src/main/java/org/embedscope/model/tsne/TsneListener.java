package org.embedscope.model.tsne;

import org.embedscope.model.knn.KnnGraph;

/**
 * Receives the map while t-SNE runs. Called on the thread that runs {@link TsneRun#run}, never on
 * a UI thread: a GUI hands the array over to its own thread itself (for JavaFX, Platform.runLater).
 * Calls come at most every {@link TsneOptions#snapshotMillis()} ms, once right after the
 * initialisation (iteration 0), once when the run notices a pause, and always once at the end with
 * the final map. The run waits while the listener runs, so keep it short.
 */
@FunctionalInterface
public interface TsneListener {
    TsneListener NONE = (iteration, klDivergence, positions) -> {
    };

    /**
     * @param iteration    iterations completed so far
     * @param klDivergence KL(P || Q) of the unexaggerated input affinities, as last computed (every
     *                     50 iterations and at the end); NaN before the first computation
     * @param positions    a fresh copy of the map, row-major n x dims, owned by the listener
     */
    void onSnapshot(int iteration, double klDivergence, float[] positions);

    /**
     * The input-space neighbours (k = 3 * perplexity + 1), once found, before the affinities are
     * computed from them. The run lets go of the graph afterwards (it is one of its largest
     * arrays); keep only what is needed, for instance a sampled recall.
     */
    default void onInputNeighbours(KnnGraph graph) {
    }
}
