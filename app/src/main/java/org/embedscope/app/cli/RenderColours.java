package org.embedscope.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.cluster.KMeansResult;

/** The colourings {@code render --colour} offers: frequency rank, k-means clusters, a metadata column. */
final class RenderColours {
    private static final int MAX_CATEGORIES = 100;

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
        int index = store.metadata().columns().indexOf(column);
        if (index < 0) {
            throw new UsageException("there is no column " + column + (store.metadata().columns().isEmpty()
                    ? "; these vectors have no metadata" : "; the columns are " + String.join(", ",
                    store.metadata().columns())));
        }
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int[] colors = new int[layout.points()];
        for (int p = 0; p < colors.length; p++) {
            String value = store.metadata().value(index, layout.rows()[p]);
            Integer category = categories.get(value);
            if (category == null) {
                if (categories.size() >= MAX_CATEGORIES) {
                    throw new UsageException("column " + column + " has more than " + MAX_CATEGORIES + " values");
                }
                category = categories.size();
                categories.put(value, category);
            }
            counts.merge(value, 1, Integer::sum);
            colors[p] = Palettes.argb(Palettes.cluster(category), 0.85);
        }
        List<MapColoring.Entry> legend = new ArrayList<>();
        categories.forEach((value, category) -> legend.add(new MapColoring.Entry(Palettes.cluster(category),
                value + " (" + counts.get(value) + ")")));
        return new MapColoring(layout.rows(), colors, column, legend);
    }
}
