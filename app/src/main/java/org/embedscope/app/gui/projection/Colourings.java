package org.embedscope.app.gui.projection;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeansResult;
import org.embedscope.model.projection.Faithfulness;

/** Turns clusters and faithfulness of the map's words into point colours and a legend. */
final class Colourings {
    private static final double ALPHA = 0.8;

    private Colourings() {
    }

    /** @param rows the store rows the clustering ran on, in its order */
    static MapColoring clusters(VectorStore store, int[] rows, KMeansResult result) {
        int[] classColors = new int[result.k()];
        for (int c = 0; c < result.k(); c++) {
            classColors[c] = Palettes.argb(Palettes.cluster(c), ALPHA);
        }
        int[] colors = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            colors[i] = classColors[result.labels()[i]];
        }
        List<MapColoring.Entry> legend = new ArrayList<>();
        for (int c = 0; c < result.k(); c++) {
            List<String> names = new ArrayList<>();
            for (int member : result.centralMembers()[c]) {
                if (names.size() < 3) {
                    names.add(store.word(rows[member]));
                }
            }
            legend.add(new MapColoring.Entry(Palettes.cluster(c), String.join(", ", names)
                    + String.format("  (%,d)", result.sizes()[c])));
        }
        return new MapColoring(rows, colors, result.k() + " k-means clusters", legend);
    }

    static MapColoring faithfulness(int[] rows, Faithfulness result) {
        float[] shares = result.perPoint();
        int[] colors = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            colors[i] = Palettes.argb(Palettes.faithfulness(shares[i]), ALPHA);
        }
        List<MapColoring.Entry> legend = List.of(
                new MapColoring.Entry(Palettes.faithfulness(1), "all " + result.k() + " neighbours kept"),
                new MapColoring.Entry(Palettes.faithfulness(0.5), "half kept"),
                new MapColoring.Entry(Palettes.faithfulness(0), "none kept"));
        return new MapColoring(rows, colors, String.format("Faithfulness %.3f (k = %d)", result.mean(), result.k()),
                legend);
    }
}
