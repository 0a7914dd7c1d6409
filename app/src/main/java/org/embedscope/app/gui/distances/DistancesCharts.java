package org.embedscope.app.gui.distances;

import java.util.List;
import javafx.scene.paint.Color;
import org.embedscope.app.gui.map.Palettes;
import org.embedscope.model.Metric;
import org.embedscope.model.distance.DistanceHistogram;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceSummary;
import org.embedscope.render.chart.CategoryLineChart;
import org.embedscope.render.chart.Histogram;
import org.embedscope.render.chart.HistogramSeries;

/** Puts a report into the two charts: the histograms at one dimension count, the contrast across the sweep. */
final class DistancesCharts {
    /** Okabe-Ito blue for the nearest neighbours and orange for random pairs: apart for every colour vision. */
    static final Color NEAREST = Palettes.category(4);
    static final Color RANDOM = Palettes.category(0);

    private DistancesCharts() {
    }

    static void show(DistanceReport report, Histogram histogram, CategoryLineChart sweep) {
        DistanceHistogram h = report.histogram();
        String thing = report.request().source() == org.embedscope.model.distance.DistanceSource.RANDOM
                ? "point" : "word";
        histogram.setData(0, h.upper(), List.of(
                new HistogramSeries("nearest neighbour", NEAREST, h.nearest()),
                new HistogramSeries("random " + thing, RANDOM, h.randomPairs())));
        histogram.setCaptions(report.request().metric() == Metric.COSINE ? "cosine distance (1 \u2212 cosine)"
                : "straight-line distance", "share");
        List<DistanceSummary> points = report.sweep();
        String[] names = new String[points.size()];
        double[] contrast = new double[points.size()];
        int highlighted = -1;
        for (int i = 0; i < names.length; i++) {
            names[i] = Integer.toString(points.get(i).dims());
            contrast[i] = points.get(i).contrast();
            if (points.get(i).dims() == report.summary().dims()) {
                highlighted = i;
            }
        }
        sweep.setData(names, contrast, Palettes.category(2));
        sweep.setHighlighted(highlighted);
        sweep.setLogScale(true);
        sweep.setReference(1, "1 = no gap");
        sweep.setCaptions("dimensions", "times as far (log scale)");
    }
}
