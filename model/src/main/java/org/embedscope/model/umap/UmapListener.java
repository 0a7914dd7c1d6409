package org.embedscope.model.umap;

/**
 * Receives the map while UMAP runs, on the run's own thread (never a UI thread): once after the
 * initialisation (epoch 0), at most every {@link UmapRun#SNAPSHOT_MILLIS} ms, once when the run
 * notices a pause, and always once at the end. The run waits while it is called.
 */
@FunctionalInterface
public interface UmapListener {
    UmapListener NONE = (epoch, positions) -> {
    };

    /** @param positions a fresh copy of the map, row-major n x dims, owned by the listener */
    void onSnapshot(int epoch, float[] positions);
}
