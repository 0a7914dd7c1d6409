package org.embedscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.cluster.KMeansResult;

/** The colourings {@code render --colour} offers: frequency rank, k-means clusters, a metadata column. */
final class RenderColours {
    private RenderColours() {
    }

    static void check(String how) {
        if (how.equals("rank") || how.matches("clusters:\\d+") || how.startsWith("column:") && how.length() > 7) {
            return;
        }
        throw new UsageException("--colour must be rank, clusters:K or column:NAME, not " + how);
    }

    static MapColoring of(String how, VectorStore store, MapLayout layout) {
        if (how.startsWith("clusters:")) {
            int k = Integer.parseInt(how.substring(9));
            if (k < 1 || k > layout.points()) {
                throw new UsageException("clusters:K needs K between 1 and the number of words drawn, not " + k);
            }
            KMeansResult result = KMeans.fit(store.rowsOf(layout.rows()), layout.points(), store.dimension(), k, 0,
                    KMeans.DEFAULT_MAX_ITERATIONS, Progress.NONE);
            int[] colors = new int[layout.points()];
            for (int p = 0; p < colors.length; p++) {
                colors[p] = Palettes.argb(Palettes.cluster(result.labels()[p]), 0.85);
            }
            List<MapColoring.Entry> legend = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                legend.add(new MapColoring.Entry(Palettes.cluster(c), "cluster " + (c + 1) + " (" + result.sizes()[c] + ")"));
            }
            return new MapColoring(layout.rows(), colors, k + " clusters", legend);
        }
        if (how.startsWith("column:")) {
            return byColumn(how.substring(7), store, layout);
        }
        return MapColoring.byRank(layout.rows(), store.size());
    }

    private static MapColoring byColumn(String column, VectorStore store, MapLayout layout) {
        try {
            return org.embedscope.app.gui.map.ColumnColouring.of(store, layout, column);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
