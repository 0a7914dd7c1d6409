package org.embedscope.app.gui.bias;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.app.gui.common.WordField;

/** The direction section: its source, the Compute button, and the explained variance of the pairs. */
final class DirectionView extends VBox {
    DirectionView(BiasViewModel panel) {
        super(8);
        DirectionViewModel model = panel.direction();
        var completer = (java.util.function.Function<String, List<String>>) panel.workspace()::complete;
        ChoiceBox<DirectionSource> source = Controls.choice(model.sourceProperty(), List.of(DirectionSource.values()),
                DirectionSource::label);
        source.setId("bias-source");
        source.setTooltip(new Tooltip("Ten definitional pairs (woman\u2013man, she\u2013he, ...) as Bolukbasi et al. "
                + "2016 define gender, one pair, any expression, or your own pairs"));
        WordField first = BiasControls.wordField("bias-first", model.firstProperty(), completer, "e.g. she",
                model::analyse);
        WordField second = BiasControls.wordField("bias-second", model.secondProperty(), completer, "e.g. he",
                model::analyse);
        HBox pair = new HBox(6, first, new Label("\u2212"), second);
        pair.setAlignment(Pos.CENTER_LEFT);
        WordField expression = BiasControls.wordField("bias-expression", model.expressionProperty(), completer,
                "e.g. (she - he) + (woman - man)", model::analyse);
        Button load = BiasControls.button("bias-load-pairs", "Load pairs\u2026", "mdi2f-folder-open-outline",
                "A JSON array of pairs ([[\"she\", \"he\"], ...]) or one pair per line", model::loadPairsFile);
        Label file = new Label();
        file.getStyleClass().add("hint");
        file.textProperty().bind(model.pairsFileProperty());
        HBox fromFile = new HBox(8, load, file);
        fromFile.setAlignment(Pos.CENTER_LEFT);
        showWhen(pair, model, DirectionSource.PAIR);
        showWhen(expression, model, DirectionSource.EXPRESSION);
        showWhen(fromFile, model, DirectionSource.PAIRS_FILE);

        Button compute = BiasControls.accent("bias-compute", "Compute", "mdi2a-arrow-expand-horizontal",
                "Find the direction and score the words on it", model::analyse);
        compute.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        source.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(source, javafx.scene.layout.Priority.ALWAYS);
        HBox actions = new HBox(8, source, compute);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = Controls.messageLabel("bias-direction-message", "error-text");
        message.textProperty().bind(model.messageProperty());
        Label note = BiasControls.boundHint("bias-direction-note");
        note.textProperty().bind(model.noteProperty());
        Label label = BiasControls.headline("bias-direction-label");
        VarianceBars bars = new VarianceBars();
        Label explain = BiasControls.boundHint("bias-variance-explained");
        bars.managedProperty().bind(bars.visibleProperty());
        model.analysisProperty().addListener((o, old, analysis) -> {
            double[] ratios = analysis == null ? new double[0] : analysis.direction().explainedVarianceRatio();
            label.setText(analysis == null ? "" : "Direction: " + analysis.direction().label()
                    + "   (" + analysis.negativeEnd() + " \u2192 " + analysis.positiveEnd() + ")");
            bars.setRatios(ratios);
            bars.setVisible(ratios.length > 1);
            explain.setText(analysis == null ? "" : Explanations.explainedVariance(ratios));
        });
        bars.setVisible(false);
        getChildren().addAll(actions, pair, expression, fromFile, BiasControls.progress(model.analysing()), message,
                note, label, bars, explain);
    }

    private static void showWhen(javafx.scene.Node node, DirectionViewModel model, DirectionSource source) {
        node.visibleProperty().bind(model.sourceProperty().isEqualTo(source));
        node.managedProperty().bind(node.visibleProperty());
    }
}
