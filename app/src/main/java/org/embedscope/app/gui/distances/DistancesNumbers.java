package org.embedscope.app.gui.distances;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.model.distance.DistanceSummary;

/** The summary under the histogram: each distribution's average and spread, and how many times farther. */
final class DistancesNumbers extends GridPane {
    private final Label nearestName = new Label("Nearest neighbour");
    private final Label randomName = new Label("Random word");
    private final Label nearestMean = DistancesControls.tipped("distances-nearest-mean",
            "The average distance from a sampled word to the closest other sampled word.");
    private final Label nearestSd = DistancesControls.tipped("distances-nearest-sd",
            "The standard deviation: how much that closest distance varies from word to word.");
    private final Label randomMean = DistancesControls.tipped("distances-random-mean",
            "The average distance between two sampled words picked at random.");
    private final Label randomSd = DistancesControls.tipped("distances-random-sd",
            "The standard deviation: how much the distance of a random pair varies.");
    private final Label contrast = DistancesControls.tipped("distances-contrast",
            "The relative contrast: the average random distance divided by the average nearest distance; "
                    + "1 would mean the nearest neighbour is no nearer than any word.");

    DistancesNumbers() {
        setHgap(14);
        setVgap(4);
        setId("distances-numbers");
        Label average = new Label("average");
        Label spread = new Label("spread (sd)");
        average.getStyleClass().add("hint");
        spread.getStyleClass().add("hint");
        addRow(0, new Label(), new Label(), average, spread);
        addRow(1, swatch(DistancesCharts.NEAREST), nearestName, nearestMean, nearestSd);
        addRow(2, swatch(DistancesCharts.RANDOM), randomName, randomMean, randomSd);
        Label times = new Label("Times as far");
        times.getStyleClass().add("term-label");
        contrast.getStyleClass().add("result-headline");
        add(times, 1, 3);
        add(contrast, 2, 3, 2, 1);
    }

    private static Rectangle swatch(Color color) {
        Rectangle r = new Rectangle(12, 12, color.deriveColor(0, 1, 1, 0.6));
        r.setStroke(color);
        r.setStrokeWidth(2);
        return r;
    }

    void show(DistanceReport report) {
        boolean points = report.request().source() == DistanceSource.RANDOM;
        randomName.setText(points ? "Random point" : "Random word");
        DistanceSummary s = report.summary();
        nearestMean.setText(DistanceReading.number(s.meanNearest()));
        nearestSd.setText(DistanceReading.number(s.sdNearest()));
        randomMean.setText(DistanceReading.number(s.meanRandom()));
        randomSd.setText(DistanceReading.number(s.sdRandom()));
        contrast.setText(Double.isFinite(s.contrast()) ? DistanceReading.times(s.contrast()) : "\u221e");
    }
}
