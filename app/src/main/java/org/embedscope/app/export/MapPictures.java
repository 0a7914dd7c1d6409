package org.embedscope.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.VectorStore;

/** Builds the static picture of a map from what the window shows (or what the CLI computed). */
public final class MapPictures {
    private MapPictures() {
    }

    /**
     * @param coloring colours for the layout's points, or null for one colour
     * @param marks    rows to ring and label first, with their colours
     */
    public static MapPicture of(VectorStore store, MapLayout layout, MapColoring coloring, List<MapAnnotations.Mark> marks) {
        int n = layout.points();
        float[] xy = new float[2 * n];
        String[] words = new String[n];
        int[] pointOfRow = new int[store.size()];
        Arrays.fill(pointOfRow, -1);
        for (int p = 0; p < n; p++) {
            // A 3D map is drawn from above: its x and y.
            xy[2 * p] = layout.positions()[p * layout.dims()];
            xy[2 * p + 1] = layout.positions()[p * layout.dims() + 1];
            words[p] = store.word(layout.rows()[p]);
            pointOfRow[layout.rows()[p]] = p;
        }
        int[] colors = new int[n];
        boolean fits = coloring != null && coloring.fits(layout);
        for (int p = 0; p < n; p++) {
            colors[p] = fits ? darkenForPaper(coloring.colors()[p]) : 0xCC3B5BDB;
        }
        List<MapPicture.Mark> marked = new ArrayList<>();
        for (MapAnnotations.Mark mark : marks) {
            int p = mark.row() >= 0 && mark.row() < pointOfRow.length ? pointOfRow[mark.row()] : -1;
            if (p >= 0) {
                marked.add(new MapPicture.Mark(p, Palettes.argb(mark.color(), 1) & 0xFFFFFF | 0xFF000000));
            }
        }
        Integer[] byFrequency = new Integer[n];
        for (int p = 0; p < n; p++) {
            byFrequency[p] = p;
        }
        Arrays.sort(byFrequency, (a, b) -> Integer.compare(layout.rows()[a], layout.rows()[b]));
        // Frequent words make the best landmarks, but punctuation and digits say nothing about a region.
        int[] landmarks = Arrays.stream(byFrequency).filter(p -> words[p].chars().anyMatch(Character::isLetter))
                .limit(300).mapToInt(Integer::intValue).toArray();
        List<MapPicture.LegendEntry> legend = new ArrayList<>();
        if (fits) {
            for (MapColoring.Entry entry : coloring.legend()) {
                legend.add(new MapPicture.LegendEntry(Palettes.argb(entry.color(), 1), entry.label()));
            }
        }
        String title = layout.title() + (layout.dims() == 3 ? " (seen from above)" : "");
        return new MapPicture(xy, colors, words, marked, landmarks, title, layout.axes(), legend);
    }

    /** The map's colours are made for a dark background; on white paper the palest need more weight. */
    private static int darkenForPaper(int argb) {
        int a = Math.max((argb >>> 24) & 0xFF, 0x99);
        int r = (int) (((argb >> 16) & 0xFF) * 0.8);
        int g = (int) (((argb >> 8) & 0xFF) * 0.8);
        int b = (int) ((argb & 0xFF) * 0.8);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
