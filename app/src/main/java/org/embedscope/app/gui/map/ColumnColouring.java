package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.embedscope.model.VectorStore;

/**
 * Colours a map by a metadata column: a numeric column as a gradient from its lowest to its
 * highest value, any other as categories (at most {@link #MAX_CATEGORIES}) in a colour-blind-safe
 * palette, the legend giving each category's frequency, most frequent first.
 */
public final class ColumnColouring {
    public static final int MAX_CATEGORIES = 100;
    /** Legend lines shown; the rest are summed up in one line. */
    static final int LEGEND_LINES = 12;
    private static final double ALPHA = 0.85;

    private ColumnColouring() {
    }

    /** @throws IllegalArgumentException naming the columns there are, or the number of values */
    public static MapColoring of(VectorStore store, MapLayout layout, String column) {
        int index = store.metadata().columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("there is no column " + column + (store.metadata().columns().isEmpty()
                    ? "; these vectors have no metadata (open them with a metadata file)"
                    : "; the columns are " + String.join(", ", store.metadata().columns())));
        }
        String[] values = new String[layout.points()];
        boolean numeric = true;
        int filled = 0;
        for (int p = 0; p < values.length; p++) {
            values[p] = store.metadata().value(index, layout.rows()[p]);
            if (values[p] != null && !values[p].isBlank()) {
                filled++;
                numeric &= number(values[p]) != null;
            }
        }
        return numeric && filled > 0 ? gradient(layout, values, column) : categories(layout, values, column);
    }

    private static MapColoring gradient(MapLayout layout, String[] values, String column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String v : values) {
            Double d = number(v);
            if (d != null) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        double span = max > min ? max - min : 1;
        int[] colors = new int[values.length];
        for (int p = 0; p < values.length; p++) {
            Double d = number(values[p]);
            colors[p] = d == null ? SelectionShading.DIMMED : Palettes.argb(Palettes.gradient((d - min) / span), ALPHA);
        }
        List<MapColoring.Entry> legend = List.of(
                new MapColoring.Entry(Palettes.gradient(1), String.format(Locale.ROOT, "%s %.4g (highest)", column, max)),
                new MapColoring.Entry(Palettes.gradient(0.5), String.format(Locale.ROOT, "%.4g", (min + max) / 2)),
                new MapColoring.Entry(Palettes.gradient(0), String.format(Locale.ROOT, "%.4g (lowest)", min)));
        return new MapColoring(layout.rows(), colors, column, legend);
    }

    private static MapColoring categories(MapLayout layout, String[] values, String column) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) {
            counts.merge(v == null ? "" : v, 1, Integer::sum);
        }
        if (counts.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException(String.format("column %s has %,d different values; categories can be "
                    + "told apart up to %d", column, counts.size(), MAX_CATEGORIES));
        }
        List<String> byFrequency = new ArrayList<>(counts.keySet());
        byFrequency.sort(Comparator.comparing((String v) -> -counts.get(v)).thenComparing(v -> v));
        Map<String, Integer> category = new LinkedHashMap<>();
        for (String v : byFrequency) {
            category.put(v, category.size());
        }
        int[] colors = new int[values.length];
        for (int p = 0; p < values.length; p++) {
            colors[p] = Palettes.argb(Palettes.category(category.get(values[p] == null ? "" : values[p])), ALPHA);
        }
        List<MapColoring.Entry> legend = new ArrayList<>();
        for (String v : byFrequency.subList(0, Math.min(LEGEND_LINES, byFrequency.size()))) {
            legend.add(new MapColoring.Entry(Palettes.category(category.get(v)),
                    String.format("%s  (%,d)", v.isEmpty() ? "(empty)" : v, counts.get(v))));
        }
        if (byFrequency.size() > LEGEND_LINES) {
            int rest = 0;
            for (String v : byFrequency.subList(LEGEND_LINES, byFrequency.size())) {
                rest += counts.get(v);
            }
            legend.add(new MapColoring.Entry(javafx.scene.paint.Color.GRAY, String.format("%d more values  (%,d)",
                    byFrequency.size() - LEGEND_LINES, rest)));
        }
        return new MapColoring(layout.rows(), colors, column, legend);
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
