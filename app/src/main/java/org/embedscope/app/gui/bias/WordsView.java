package org.embedscope.app.gui.bias;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.bias.WordScore;
import org.embedscope.render.chart.StripPlot;

/** The words on the direction: the strip plot of a list, DirectBias, the extremes, and map colouring. */
final class WordsView extends VBox {
    private final BiasViewModel panel;
    private final StripPlot strip = new StripPlot();
    private List<WordScore> shown = List.of();

    WordsView(BiasViewModel panel) {
        super(8);
        this.panel = panel;
        DirectionViewModel model = panel.direction();
        ChoiceBox<WordListSource> source = Controls.choice(model.wordsProperty(), List.of(WordListSource.values()),
                WordListSource::label);
        source.setId("bias-word-list");
        source.setTooltip(new Tooltip("Which words to place on the direction"));
        TextArea typed = BiasControls.area("bias-typed-words", model.typedWordsProperty(),
                "Words, one per line or separated by commas", 3);
        typed.visibleProperty().bind(model.wordsProperty().isEqualTo(WordListSource.TYPED));
        typed.managedProperty().bind(typed.visibleProperty());

        strip.setId("bias-strip");
        strip.selectedIndexProperty().addListener((o, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < shown.size()) {
                panel.focus(shown.get(i).word());
            }
        });
        Label projection = BiasControls.hint(Explanations.projection());

        Spinner<Double> strictness = Controls.doubleSpinner(model.strictnessProperty(), 0, 5, 0.5,
                "Strictness c: 1 averages |cos|; larger values count only words that lean strongly");
        strictness.setPrefWidth(90);
        Label directBias = BiasControls.headline("bias-direct-bias");
        org.embedscope.app.gui.common.NumberTips.measure(directBias, "DirectBias");
        Label directExplain = BiasControls.boundHint("bias-direct-explained");
        Label directName = new Label("DirectBias, c =");
        directName.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox direct = new HBox(8, directName, strictness, directBias);
        direct.setAlignment(Pos.CENTER_LEFT);

        Spinner<Integer> within = Controls.intSpinner(model.withinFirstProperty(), 100, 10_000_000, 10_000,
                "The extremes are taken among this many most frequent words");
        within.setPrefWidth(120);
        within.setMinWidth(120);
        ListView<String> negative = extremesList("bias-extremes-negative");
        ListView<String> positive = extremesList("bias-extremes-positive");
        Label negativeTitle = new Label();
        Label positiveTitle = new Label();
        VBox left = new VBox(4, negativeTitle, negative);
        VBox right = new VBox(4, positiveTitle, positive);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox extremes = new HBox(8, left, right);

        var colour = BiasControls.button("bias-colour-map", "Colour the map", "mdi2p-palette",
                "Colour every point of the map by its cosine with the direction", panel::colourMap);
        var export = BiasControls.button("bias-export-scores", "Export scores\u2026", "mdi2e-export",
                "Save every listed word's cosine with the direction as CSV", () -> {
                    java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
                    for (WordScore score : shown) {
                        rows.add(java.util.List.of(score.word(), String.format(java.util.Locale.ROOT, "%.6f",
                                score.score())));
                    }
                    org.embedscope.app.gui.common.TableExport.saveRows(this, "bias-scores.csv",
                            java.util.List.of("word", "cosine with the direction"), rows);
                });
        export.disableProperty().bind(model.analysisProperty().isNull());
        Label mapMessage = Controls.messageLabel("bias-map-message", "error-text");
        mapMessage.textProperty().bind(panel.mapMessageProperty());

        model.analysisProperty().addListener((o, old, analysis) -> {
            if (analysis == null) {
                shown = List.of();
                strip.setData(new double[0], new String[0], new int[0]);
                directBias.setText("");
                directExplain.setText("");
                negative.getItems().clear();
                positive.getItems().clear();
                return;
            }
            show(analysis);
            directBias.setText(String.format("%.3f", analysis.directBias()));
            directExplain.setText(Explanations.directBias(analysis.directBias(), analysis.strictness(),
                    analysis.words().size()));
            negativeTitle.setText("\u2190 " + analysis.negativeEnd());
            positiveTitle.setText(analysis.positiveEnd() + " \u2192");
            negative.getItems().setAll(analysis.extremes().negative().stream().map(WordsView::line).toList());
            positive.getItems().setAll(analysis.extremes().positive().stream().map(WordsView::line).toList());
        });
        panel.workspace().selectionProperty().addListener((o, old, selection) -> markSelection());
        Label extremesTitle = new Label("Most extreme words");
        extremesTitle.getStyleClass().add("section-title");
        HBox withinRow = Controls.withNote(within, "most frequent words searched");
        getChildren().addAll(source, typed, strip, projection, direct, directExplain, extremesTitle, withinRow, extremes,
                new HBox(8, colour, export), mapMessage);
    }

    private void show(DirectionAnalysis analysis) {
        shown = analysis.scores();
        double[] values = shown.stream().mapToDouble(WordScore::score).toArray();
        String[] labels = shown.stream().map(WordScore::word).toArray(String[]::new);
        strip.setData(values, labels, BiasControls.colours(values));
        strip.setCaptions("\u2190 " + analysis.negativeEnd(), analysis.positiveEnd() + " \u2192");
        markSelection();
    }

    private void markSelection() {
        Set<String> selected = new HashSet<>(panel.workspace().selectionProperty().get().words());
        boolean[] marked = new boolean[shown.size()];
        for (int i = 0; i < marked.length; i++) {
            marked[i] = selected.contains(shown.get(i).word());
        }
        strip.setMarked(marked);
    }

    private ListView<String> extremesList(String id) {
        ListView<String> list = new ListView<>();
        org.embedscope.app.gui.common.NumberTips.measure(list, "projection on the direction");
        list.setId(id);
        list.setPrefHeight(150);
        list.getStyleClass().add("dense");
        list.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                panel.focus(item.substring(0, item.lastIndexOf("  ")).strip());
            }
        });
        return list;
    }

    private static String line(WordScore score) {
        return String.format("%s  %+.3f", score.word(), score.score());
    }
}
