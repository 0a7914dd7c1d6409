package org.embedscope.app.gui.evaluate;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.analogy.AnalogyMethod;
import org.kordamp.ikonli.javafx.FontIcon;

/** The evaluation panel: analogy and word-similarity benchmarks with their results. */
public final class EvaluateView extends ScrollPane {
    private final EvaluateViewModel model;

    public EvaluateView(EvaluateViewModel model) {
        this.model = model;
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        VBox content = new VBox(12);
        content.getStyleClass().add("side-panel");
        content.setPadding(new Insets(14));

        Label title = new Label("Benchmarks");
        title.getStyleClass().add("panel-title");

        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setTooltip(new Tooltip("Cancel the evaluation"));
        cancel.setOnAction(e -> model.cancel());
        HBox progress = new HBox(6, bar, cancel);
        HBox.setHgrow(bar, Priority.ALWAYS);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());

        Label message = new Label();
        message.setId("evaluate-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        content.getChildren().addAll(title, analogySection(), progress, message, new AnalogyResultsView(model),
                similaritySection(), new SimilarityResultsView(model));
        setContent(content);
    }

    private VBox analogySection() {
        Label heading = new Label("Analogy test set");
        heading.getStyleClass().add("section-title");
        Label source = sourceLabel(model.analogyFileProperty(), "Google analogy set (bundled, 19,544 questions)");
        Button choose = chooseButton("Choose an analogy question file", model::chooseAnalogyFile);
        Button bundled = bundledButton(model.analogyFileProperty());

        Spinner<Integer> restrict = new Spinner<>(1, 100_000_000, model.restrictProperty().get(), 10_000);
        restrict.setEditable(true);
        restrict.setId("restrict-spinner");
        restrict.setPrefWidth(140);
        restrict.setTooltip(new Tooltip("Only the N most frequent words are candidates; questions using other words"
                + " are skipped (gensim's restrict_vocab, default 300,000)"));
        Controls.bindValue(restrict, model.restrictProperty());

        ChoiceBox<AnalogyMethod> method = Controls.choice(model.methodProperty(),
                java.util.List.of(AnalogyMethod.ADD, AnalogyMethod.MUL), AnalogyMethod::label);

        Button run = new Button("Run analogies", new FontIcon("mdi2p-play"));
        run.setId("run-analogies");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.runAnalogies());

        javafx.scene.layout.GridPane options = new javafx.scene.layout.GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, new Label("Candidates"), restrict);
        options.addRow(1, new Label("Method"), method);
        Label restrictHint = new Label("The most frequent words that can be answers; questions with other words are"
                + " skipped (gensim's restrict_vocab).");
        restrictHint.getStyleClass().add("hint");
        restrictHint.setWrapText(true);
        return new VBox(6, heading, source, new HBox(6, choose, bundled), options, restrictHint, run);
    }

    private VBox similaritySection() {
        Label heading = new Label("Word similarity set");
        heading.getStyleClass().add("section-title");
        Label source = sourceLabel(model.similarityFileProperty(), "WordSim-353 (bundled, 353 pairs)");
        Button choose = chooseButton("Choose a word-pair file (word1 TAB word2 TAB score)",
                model::chooseSimilarityFile);
        Button bundled = bundledButton(model.similarityFileProperty());
        Button run = new Button("Run similarity", new FontIcon("mdi2p-play"));
        run.setId("run-similarity");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.runSimilarity());
        return new VBox(6, heading, source, new HBox(6, choose, bundled), run);
    }

    private static Button bundledButton(javafx.beans.property.ObjectProperty<java.nio.file.Path> file) {
        Button bundled = new Button("Use bundled set", new FontIcon("mdi2p-package-variant"));
        bundled.setTooltip(new Tooltip("Go back to the set that ships with Embedscope"));
        bundled.disableProperty().bind(file.isNull());
        bundled.setOnAction(e -> file.set(null));
        return bundled;
    }

    private static Label sourceLabel(javafx.beans.property.ObjectProperty<java.nio.file.Path> file, String bundled) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> file.get() == null ? bundled : file.get().getFileName().toString(), file));
        return label;
    }

    private static Button chooseButton(String tip, Runnable choose) {
        Button button = new Button("Choose file\u2026", new FontIcon("mdi2f-folder-open-outline"));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> choose.run());
        return button;
    }
}
