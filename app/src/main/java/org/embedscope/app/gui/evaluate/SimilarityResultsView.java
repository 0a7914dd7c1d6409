package org.embedscope.app.gui.evaluate;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.embedscope.model.eval.SimilarityReport;

/** A word-similarity report: rank and linear correlation, and human scores against cosine. */
final class SimilarityResultsView extends VBox {
    private final Label summary = new Label();
    private final PairScatter chart = new PairScatter();

    SimilarityResultsView(EvaluateViewModel model) {
        setSpacing(8);
        summary.setId("similarity-summary");
        summary.getStyleClass().add("result-headline");
        summary.setWrapText(true);
        chart.setId("similarity-chart");
        getChildren().addAll(summary, chart);
        visibleProperty().bind(model.similarityReportProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.similarityReportProperty().addListener((o, old, report) -> show(report));
    }

    private void show(SimilarityReport report) {
        if (report == null) {
            chart.show(java.util.List.of());
            return;
        }
        summary.setText(String.format("Spearman %.4f, Pearson %.4f on %,d pairs (%,d out of vocabulary)",
                report.spearman(), report.pearson(), report.pairs(), report.oov()));
        chart.show(report.scored());
    }
}
