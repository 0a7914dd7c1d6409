package org.embedscope.app.gui.testing;

import java.util.Random;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;

/** Small in-memory vector stores for view-model tests. */
public final class TestStores {
    public static final int PER_CLUSTER = 30;

    private TestStores() {
    }

    /**
     * Three well-separated clusters in 6 dimensions, words a0..a29, b0..b29, c0..c29 (in that order):
     * cluster c sits at 5 on dimension 2c and 3 on dimension 2c + 1, with noise of 0.3.
     */
    public static VectorStore clusters() {
        Random random = new Random(3);
        String[] names = {"a", "b", "c"};
        String[] words = new String[3 * PER_CLUSTER];
        float[] v = new float[words.length * 6];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < PER_CLUSTER; i++) {
                int row = c * PER_CLUSTER + i;
                words[row] = names[c] + i;
                for (int d = 0; d < 6; d++) {
                    double centre = d == 2 * c ? 5 : d == 2 * c + 1 ? 3 : 0;
                    v[row * 6 + d] = (float) (centre + random.nextGaussian() * 0.3);
                }
            }
        }
        return VectorStore.of(words, v, 6, DatasetInfo.of("clusters", "memory", "test"));
    }

    /** A workspace with this store loaded. */
    public static Workspace workspaceWith(VectorStore store) {
        Workspace workspace = new Workspace();
        workspace.setDataset(store, PrefixIndex.of(store.vocabulary()));
        return workspace;
    }
}
