package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.knn.KnnGraph;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Projection panel: method, its settings, run/pause/cancel, the scree chart and the colouring. */
public final class ProjectionView extends ScrollPane {
    private final ProjectionViewModel model;

    public ProjectionView(ProjectionViewModel model, ColoringViewModel coloring) {
        this.model = model;
        setFitToWidth(true);
        VBox content = new VBox(10);
        content.getStyleClass().add("side-panel");
        content.setPadding(new Insets(14));

        Label title = new Label("Projection");
        title.getStyleClass().add("panel-title");
        var method = Controls.choice(model.methodProperty(), List.of(ProjectionMethod.values()), ProjectionMethod::label);
        method.setId("projection-method");
        GridPane top = Controls.form();
        Controls.row(top, "Method", method);
        Controls.row(top, "Map", dimensionToggle());

        VBox pca = pcaSettings();
        VBox tsne = tsneSettings();
        VBox custom = customSettings();
        showWhen(pca, ProjectionMethod.PCA);
        showWhen(tsne, ProjectionMethod.TSNE);
        showWhen(custom, ProjectionMethod.CUSTOM);

        Label status = new Label();
        status.setId("projection-status");
        status.textProperty().bind(model.statusProperty());
        Label message = new Label();
        message.setId("projection-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        for (Label label : List.of(status, message)) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.managedProperty());
        }

        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("projection-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        content.getChildren().addAll(title, top, pca, tsne, custom, actions(), progress, status, message,
                new ColoringView(coloring));
        setContent(content);
    }

    private HBox dimensionToggle() {
        ToggleGroup group = new ToggleGroup();
        RadioButton two = new RadioButton("2D");
        RadioButton three = new RadioButton("3D");
        two.setToggleGroup(group);
        three.setToggleGroup(group);
        three.setId("projection-3d");
        (model.dimsProperty().get() == 3 ? three : two).setSelected(true);
        group.selectedToggleProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                model.dimsProperty().set(chosen == three ? 3 : 2);
            }
        });
        model.dimsProperty().addListener((o, old, value) -> (value.intValue() == 3 ? three : two).setSelected(true));
        return new HBox(12, two, three);
    }

    private void showWhen(VBox box, ProjectionMethod method) {
        box.visibleProperty().bind(model.methodProperty().isEqualTo(method));
        box.managedProperty().bind(box.visibleProperty());
    }

    private VBox pcaSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "x axis", Controls.intSpinner(model.pcXProperty(), 1, 1000, 1, "Principal component on x"));
        Controls.row(grid, "y axis", Controls.intSpinner(model.pcYProperty(), 1, 1000, 1, "Principal component on y"));
        var z = Controls.intSpinner(model.pcZProperty(), 1, 1000, 1, "Principal component on z (3D)");
        z.disableProperty().bind(model.dimsProperty().isNotEqualTo(3));
        Controls.row(grid, "z axis", z);

        NumberAxis share = new NumberAxis();
        share.setLabel("% of variance");
        CategoryAxis component = new CategoryAxis();
        BarChart<String, Number> chart = new BarChart<>(component, share);
        chart.setId("scree-chart");
        chart.setTitle("Scree: variance per component");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setCategoryGap(2);
        model.scree().addListener((ListChangeListener<Double>) c -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (int i = 0; i < model.scree().size(); i++) {
                series.getData().add(new XYChart.Data<>(String.valueOf(i + 1), 100 * model.scree().get(i)));
            }
            chart.getData().setAll(List.of(series));
        });
        return new VBox(8, grid, chart);
    }

    private VBox tsneSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "Perplexity", Controls.doubleSpinner(model.perplexityProperty(), 2, 500, 5,
                "Roughly how many neighbours each word pays attention to (5 to 50)"));
        Controls.row(grid, "Iterations", Controls.intSpinner(model.iterationsProperty(), 50, 100_000, 250,
                "Optimisation steps; the first 250 use early exaggeration 12"));
        Controls.row(grid, "Learning rate", withNote(Controls.doubleSpinner(model.learningRateProperty(), 0, 100_000,
                50, "0 means auto: max(N / 12 / 4, 50)"), "0 = auto"));
        Controls.row(grid, "Seed", Controls.intSpinner(model.seedProperty(), 0, Integer.MAX_VALUE, 1,
                "The same seed gives the same map"));
        Controls.row(grid, "Distance", Controls.choice(model.tsneMetricProperty(), KnnGraph.METRICS,
                m -> m.name().toLowerCase(java.util.Locale.ROOT)));
        Label hint = new Label("The map is redrawn as t-SNE runs. Watch it form, pause it, or cancel.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var words = Controls.intSpinner(model.wordLimitProperty(), 0, Integer.MAX_VALUE, 5000,
                "Project only the N most frequent words (0 = every word)");
        words.setId("tsne-words");
        Controls.row(grid, "Words", withNote(words, "0 = all"));
        return new VBox(8, grid, hint);
    }

    private static HBox withNote(javafx.scene.Node control, String note) {
        Label label = new Label(note);
        label.getStyleClass().add("hint");
        HBox box = new HBox(8, control, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox customSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "x =", axisField(model.xAxisProperty(), "custom-x"));
        Controls.row(grid, "y =", axisField(model.yAxisProperty(), "custom-y"));
        TextField z = axisField(model.zAxisProperty(), "custom-z");
        z.disableProperty().bind(model.dimsProperty().isNotEqualTo(3));
        Controls.row(grid, "z =", z);
        Label hint = new Label("Each axis is a word or an expression; a word's coordinate is its cosine with the"
                + " axis, so \"he - she\" runs from feminine to masculine.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, grid, hint);
    }

    private TextField axisField(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField(property.get());
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> model.run());
        return field;
    }

    private HBox actions() {
        Button run = new Button("Project", new FontIcon("mdi2p-play"));
        run.setId("projection-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        ToggleButton pause = new ToggleButton();
        pause.setId("projection-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        pause.setTooltip(new Tooltip("Pause or resume t-SNE"));
        pause.disableProperty().bind(model.runningProperty().not()
                .or(model.methodProperty().isNotEqualTo(ProjectionMethod.TSNE)));
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close"));
        cancel.setId("projection-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox box = new HBox(8, run, pause, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
