package org.embedscope.app.gui.evaluate;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.embedscope.model.eval.SimilarityReport;

/** A word-similarity report: rank and linear correlation, and human scores against cosine. */
final class SimilarityResultsView extends VBox {
    private final Label summary = new Label();
    private final ScatterChart<Number, Number> chart;

    SimilarityResultsView(EvaluateViewModel model) {
        setSpacing(8);
        summary.setId("similarity-summary");
        summary.getStyleClass().add("result-headline");
        summary.setWrapText(true);
        NumberAxis human = new NumberAxis();
        human.setLabel("human score");
        NumberAxis cosine = new NumberAxis();
        cosine.setLabel("cosine");
        chart = new ScatterChart<>(human, cosine);
        chart.setId("similarity-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        getChildren().addAll(summary, chart);
        visibleProperty().bind(model.similarityReportProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.similarityReportProperty().addListener((o, old, report) -> show(report));
    }

    private void show(SimilarityReport report) {
        if (report == null) {
            chart.getData().clear();
            return;
        }
        summary.setText(String.format("Spearman %.4f, Pearson %.4f on %,d pairs (%,d out of vocabulary)",
                report.spearman(), report.pearson(), report.pairs(), report.oov()));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (SimilarityReport.ScoredPair pair : report.scored()) {
            series.getData().add(new XYChart.Data<>(pair.human(), pair.model()));
        }
        chart.getData().setAll(java.util.List.of(series));
    }
}
