package org.embedscope.app.projection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.embedscope.app.data.BundledDataset;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.projection.Projection;
import org.embedscope.model.projection.ProjectionListener;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.projection.WordSelection;
import org.junit.jupiter.api.Test;

/** UMAP on real words keeps neighbourhoods about as well as scikit-learn's t-SNE does. */
class UmapTrustworthinessTest {
    private static final int WORDS = 2000;
    /**
     * scikit-learn 1.2 Barnes-Hut t-SNE (perplexity 30, PCA start, cosine, 1000 iterations, seed 0) on
     * the 2,000 most frequent bundled words reaches trustworthiness TSNE_TRUST at k = 10
     * (bench/umap_peer.py bound); UMAP favours local structure about as much, so within 0.01 of it.
     */
    private static final double TSNE_TRUST = Double.NaN;

    @Test
    void trustworthinessAtTenIsWithinOneHundredthOfScikitLearnsTsne() {
        VectorStore store = BundledDataset.load(Progress.NONE);
        ProjectionResult map = Projection.run(store, WordSelection.first(WORDS), UmapSpec.defaults(2), Progress.NONE,
                ProjectionListener.NONE);
        double trust = Trustworthiness.of(store.rowsOf(map.rows()), WORDS, store.dimension(), map.positions(), 2, 10);
        assertTrue(trust > TSNE_TRUST - 0.01, "UMAP's trustworthiness " + trust + " against t-SNE's " + TSNE_TRUST);
    }
}
