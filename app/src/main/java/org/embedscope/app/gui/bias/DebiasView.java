package org.embedscope.app.gui.bias;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.bias.DebiasCost;

/** Hard debiasing: before and after side by side for chosen words, the cost, what is left, export. */
final class DebiasView extends VBox {
    DebiasView(BiasViewModel panel) {
        super(8);
        DebiasViewModel model = panel.debias();
        Label intro = BiasControls.hint("Hard debiasing (Bolukbasi et al.) on a copy of the vectors: every word "
                + "that is not gender-specific by definition loses its component along the direction, and pairs "
                + "such as grandmother\u2013grandfather are made to differ only along it. The loaded vectors stay as "
                + "they are.");
        TextArea words = BiasControls.area("debias-words", model.compareWordsProperty(),
                "Words to compare, one per line", 3);
        var run = BiasControls.accent("debias-run", "Debias a copy", "mdi2e-eraser",
                "Neutralise and equalise along the current direction, then compare", model::run);
        var export = BiasControls.button("debias-export", "Export\u2026", "mdi2e-export",
                "Write the debiased vectors (GloVe .txt, word2vec .vec or .bin, projector .tsv)", model::export);
        export.disableProperty().bind(model.outcomeProperty().isNull());
        HBox actions = new HBox(8, run, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = Controls.messageLabel("debias-message", "error-text");
        message.textProperty().bind(model.messageProperty());

        TableView<DebiasOutcome.WordChange> table = table();
        javafx.scene.layout.GridPane neighbours = Controls.form();
        neighbours.setId("debias-neighbours");
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        neighbours.getColumnConstraints().setAll(half, half);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, change) -> showNeighbours(neighbours,
                change));
        Label cost = BiasControls.headline("debias-cost");
        Label counts = BiasControls.boundHint("debias-counts");
        Label lean = BiasControls.boundHint("debias-lean");
        model.outcomeProperty().addListener((o, old, outcome) -> {
            table.getItems().setAll(outcome == null ? java.util.List.of() : outcome.changes());
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
            cost.setText(outcome == null ? "" : costText(outcome.cost()));
            counts.setText(outcome == null ? "" : String.format("%,d words neutralised, %,d kept as gender-specific, "
                    + "%d pairs equalised.", outcome.result().neutralised(), outcome.result().kept(),
                    outcome.result().equalised().size()));
            lean.setText(outcome == null ? "" : Explanations.leanRecovery(outcome.lean().before(), outcome.lean().after()));
        });
        getChildren().addAll(intro, words, actions, BiasControls.progress(model.debiasing()), message,
                BiasControls.hint("Each word's cosine with the direction before and after; select a word to "
                        + "compare its nearest neighbours."), table,
                neighbours, cost, counts, lean);
    }

    /** The selected word's neighbours before and after, side by side. */
    private static void showNeighbours(javafx.scene.layout.GridPane grid, DebiasOutcome.WordChange change) {
        grid.getChildren().clear();
        if (change == null) {
            return;
        }
        Label before = new Label("Neighbours of " + change.word() + " before");
        Label after = new Label("after debiasing");
        before.getStyleClass().add("section-title");
        after.getStyleClass().add("section-title");
        grid.addRow(0, before, after);
        for (int i = 0; i < Math.max(change.neighboursBefore().size(), change.neighboursAfter().size()); i++) {
            grid.addRow(i + 1, new Label(item(change.neighboursBefore(), i)), new Label(item(change.neighboursAfter(), i)));
        }
    }

    private static String item(java.util.List<String> words, int i) {
        return i < words.size() ? (i + 1) + ". " + words.get(i) : "";
    }

    private static String costText(DebiasCost c) {
        return String.format("Analogies %.1f%% \u2192 %.1f%%   WordSim-353 \u03c1 %.3f \u2192 %.3f",
                100 * c.analogyBefore(), 100 * c.analogyAfter(), c.similarityBefore(), c.similarityAfter());
    }

    /** A cosine with its sign; rounding noise around zero reads as 0.000, not -0.000. */
    static String signed(double value) {
        return Math.abs(value) < 0.0005 ? " 0.000" : String.format("%+.3f", value);
    }

    private static TableView<DebiasOutcome.WordChange> table() {
        TableView<DebiasOutcome.WordChange> table = new TableView<>();
        table.setId("debias-table");
        org.embedscope.app.gui.common.TableExport.install(table, "debiasing.csv");
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Debias a copy to compare words before and after."));
        TableColumn<DebiasOutcome.WordChange, String> word = new TableColumn<>("Word");
        word.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()));
        TableColumn<DebiasOutcome.WordChange, String> before = new TableColumn<>("Before");
        before.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(signed(c.getValue().before())));
        TableColumn<DebiasOutcome.WordChange, String> after = new TableColumn<>("After");
        after.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(signed(c.getValue().after())));
        table.getColumns().setAll(java.util.List.of(word, before, after));
        return table;
    }
}
