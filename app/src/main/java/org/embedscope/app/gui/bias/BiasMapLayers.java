package org.embedscope.app.gui.bias;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasScores;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.bias.WordScore;

/** What the Bias panel puts on the main map: the direction drawn through its pairs, and a colouring by projection. */
final class BiasMapLayers {
    private static final int MARKED_PER_END = 6;
    private static final double ALPHA = 0.85;

    private BiasMapLayers() {
    }

    /** Each pair as an arrow from its second word to its first, and the most extreme words of the list marked. */
    static MapAnnotations annotations(VectorStore store, DirectionAnalysis analysis) {
        List<MapAnnotations.Mark> marks = new ArrayList<>();
        List<MapAnnotations.Link> links = new ArrayList<>();
        Color arrow = Palettes.diverging(1);
        for (WordPair pair : analysis.direction().pairs()) {
            int from = store.indexOf(pair.second());
            int to = store.indexOf(pair.first());
            if (from >= 0 && to >= 0) {
                links.add(new MapAnnotations.Link(from, to, arrow, false));
                marks.add(new MapAnnotations.Mark(to, Palettes.diverging(1)));
                marks.add(new MapAnnotations.Mark(from, Palettes.diverging(-1)));
            }
        }
        List<WordScore> sorted = new ArrayList<>(analysis.scores());
        sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
        double scale = scale(sorted);
        for (int i = 0; i < Math.min(MARKED_PER_END, sorted.size() / 2); i++) {
            mark(marks, sorted.get(i), scale);
            mark(marks, sorted.get(sorted.size() - 1 - i), scale);
        }
        return new MapAnnotations(marks, links);
    }

    private static void mark(List<MapAnnotations.Mark> marks, WordScore score, double scale) {
        if (marks.stream().noneMatch(m -> m.row() == score.row())) {
            marks.add(new MapAnnotations.Mark(score.row(), Palettes.diverging(score.score() / scale)));
        }
    }

    private static double scale(List<WordScore> scores) {
        double max = 1e-9;
        for (WordScore s : scores) {
            max = Math.max(max, Math.abs(s.score()));
        }
        return max;
    }

    /**
     * The map's points coloured by their cosine with the direction, the scale's ends at the 99th
     * percentile of |cos| so that a few outliers do not wash out the rest.
     */
    static MapColoring coloring(VectorStore store, int[] rows, double[] unit, String negativeEnd, String positiveEnd) {
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = BiasScores.cosine(store, rows[i], unit);
        }
        double[] magnitudes = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            magnitudes[i] = Math.abs(scores[i]);
        }
        java.util.Arrays.sort(magnitudes);
        double end = magnitudes.length == 0 ? 1 : Math.max(1e-6, magnitudes[(int) (0.99 * (magnitudes.length - 1))]);
        int[] colors = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            colors[i] = Palettes.argb(Palettes.diverging(scores[i] / end), ALPHA);
        }
        List<MapColoring.Entry> legend = List.of(
                new MapColoring.Entry(Palettes.diverging(1), String.format("%s  (cos \u2265 %+.2f)", positiveEnd, end)),
                new MapColoring.Entry(Palettes.diverging(0), "neutral  (cos 0)"),
                new MapColoring.Entry(Palettes.diverging(-1), String.format("%s  (cos \u2264 %+.2f)", negativeEnd, -end)));
        return new MapColoring(rows, colors, "Projection on the bias direction", legend);
    }
}
