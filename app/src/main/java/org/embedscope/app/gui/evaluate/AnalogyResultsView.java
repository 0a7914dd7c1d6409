package org.embedscope.app.gui.evaluate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.embedscope.model.eval.AnalogyReport;

/** An analogy report: overall accuracy, a per-section table and a per-section bar chart. */
final class AnalogyResultsView extends VBox {
    private final Label summary = new Label();
    private final TableView<AnalogyReport.SectionScore> table = new TableView<>();
    private final BarChart<Number, String> chart;

    AnalogyResultsView(EvaluateViewModel model) {
        setSpacing(8);
        summary.setId("analogy-summary");
        summary.getStyleClass().add("result-headline");
        summary.setWrapText(true);

        table.setId("analogy-sections");
        org.embedscope.app.gui.common.TableExport.install(table, "analogy-sections.csv");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPrefHeight(260);
        // Dense rows and a compact count keep the three columns inside the sidebar.
        table.getStyleClass().add("dense");
        TableColumn<AnalogyReport.SectionScore, String> name = new TableColumn<>("Section");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(150);
        name.setMinWidth(90);
        name.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            // One tooltip per cell, its text updated: creating one per update costs the FX thread dearly.
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                setTooltip(empty || text == null ? null : tip);
            }
        });
        TableColumn<AnalogyReport.SectionScore, String> score = new TableColumn<>("Correct");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.format("%,d/%,d", c.getValue().correct(), c.getValue().total())));
        score.setMinWidth(96);
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<AnalogyReport.SectionScore, String> accuracy = new TableColumn<>("%");
        accuracy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                String.format("%.1f%%", 100 * c.getValue().accuracy())));
        accuracy.setMinWidth(56);
        accuracy.setStyle("-fx-alignment: CENTER-RIGHT;");
        org.embedscope.app.gui.common.NumberTips.measure(accuracy, "accuracy");
        org.embedscope.app.gui.common.NumberTips.measure(score, "accuracy");
        table.getColumns().setAll(java.util.List.of(name, score, accuracy));

        NumberAxis value = new NumberAxis(0, 100, 25);
        value.setLabel("accuracy, %");
        CategoryAxis category = new CategoryAxis();
        chart = new BarChart<>(value, category);
        chart.setId("analogy-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(380);
        chart.setBarGap(1);
        chart.setCategoryGap(4);

        getChildren().addAll(summary, table, chart);
        visibleProperty().bind(model.analogyReportProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.analogyReportProperty().addListener((o, old, report) -> show(report));
    }

    private void show(AnalogyReport report) {
        if (report == null) {
            table.getItems().clear();
            chart.getData().clear();
            return;
        }
        summary.setText(String.format("%.2f%% correct: %,d of %,d questions (%,d skipped), %.1f s",
                100 * report.accuracy(), report.correct(), report.total(), report.skipped(), report.seconds()));
        table.getItems().setAll(report.sections());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        var sections = EvaluateViewModel.sectionsOf(report);
        // The chart lists categories bottom-up; reverse so it reads in file order from the top.
        for (int i = sections.size() - 1; i >= 0; i--) {
            AnalogyReport.SectionScore s = sections.get(i);
            series.getData().add(new XYChart.Data<>(100 * s.accuracy(), s.name()));
        }
        chart.getData().setAll(java.util.List.of(series));
    }
}
