package org.embedscope.app.gui.evaluate;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.embedscope.model.eval.SimilarityReport;

/**
 * Human scores against cosines, drawn on one canvas. A chart with a node per point re-styles and
 * lays out every point whenever the report changes, which blocks the JavaFX thread for a noticeable
 * time with a few hundred pairs; a canvas draws them in one pass.
 */
final class PairScatter extends Region {
    private static final double MARGIN_LEFT = 48;
    private static final double MARGIN_BOTTOM = 36;
    private static final double MARGIN = 10;
    private static final double DOT = 4;

    private final Canvas canvas = new Canvas();
    private List<SimilarityReport.ScoredPair> pairs = List.of();

    PairScatter() {
        getChildren().add(canvas);
        getStyleClass().add("pair-scatter");
        setPrefHeight(300);
        setMinHeight(120);
    }

    void show(List<SimilarityReport.ScoredPair> newPairs) {
        pairs = List.copyOf(newPairs);
        draw();
    }

    List<SimilarityReport.ScoredPair> pairs() {
        return pairs;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        double plotWidth = width - MARGIN_LEFT - MARGIN;
        double plotHeight = height - MARGIN_BOTTOM - MARGIN;
        if (pairs.isEmpty() || plotWidth < 10 || plotHeight < 10) {
            return;
        }
        double[] x = range(pairs.stream().mapToDouble(SimilarityReport.ScoredPair::human).toArray());
        double[] y = range(pairs.stream().mapToDouble(SimilarityReport.ScoredPair::model).toArray());
        g.setStroke(Color.gray(0.55));
        g.strokeRect(MARGIN_LEFT, MARGIN, plotWidth, plotHeight);
        g.setFill(Color.gray(0.35));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(label(x[0]), MARGIN_LEFT, MARGIN + plotHeight + 4);
        g.fillText(label(x[1]), MARGIN_LEFT + plotWidth, MARGIN + plotHeight + 4);
        g.fillText("human score", MARGIN_LEFT + plotWidth / 2, MARGIN + plotHeight + 18);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label(y[1]), MARGIN_LEFT - 4, MARGIN);
        g.fillText(label(y[0]), MARGIN_LEFT - 4, MARGIN + plotHeight);
        g.fillText("cosine", MARGIN_LEFT - 4, MARGIN + plotHeight / 2);
        g.setFill(Color.web("#3b6fd0", 0.7));
        for (SimilarityReport.ScoredPair pair : pairs) {
            double px = MARGIN_LEFT + (pair.human() - x[0]) / (x[1] - x[0]) * plotWidth;
            double py = MARGIN + plotHeight - (pair.model() - y[0]) / (y[1] - y[0]) * plotHeight;
            g.fillOval(px - DOT / 2, py - DOT / 2, DOT, DOT);
        }
    }

    /** The values' minimum and maximum, widened when they are equal so that the scale is defined. */
    private static double[] range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return min == max ? new double[] {min - 1, max + 1} : new double[] {min, max};
    }

    private static String label(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
