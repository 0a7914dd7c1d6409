package org.embedscope.app.gui.projection;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.Metric;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Map panel: method, its settings, the words to project, run/pause/cancel, the scree chart, colouring. */
public final class ProjectionView extends ScrollPane {
    private final ProjectionViewModel model;
    private final ProjectionSettings settings;

    public ProjectionView(ProjectionPanelModel panel) {
        this.model = panel.projection();
        this.settings = model.settings();
        setFitToWidth(true);
        VBox content = new VBox(10);
        content.getStyleClass().add("side-panel");
        content.setPadding(new Insets(14));

        Label title = new Label("Projection");
        title.getStyleClass().add("panel-title");
        var method = Controls.choice(settings.methodProperty(), List.of(ProjectionMethod.values()),
                ProjectionMethod::label);
        method.setId("projection-method");
        GridPane top = Controls.form();
        Controls.row(top, "Method", method);
        Controls.row(top, "Map", dimensionToggle());

        VBox pca = pcaSettings();
        VBox tsne = tsneSettings();
        VBox umap = UmapSettingsView.of(settings);
        VBox custom = customSettings();
        showWhen(pca, ProjectionMethod.PCA);
        showWhen(tsne, ProjectionMethod.TSNE);
        showWhen(umap, ProjectionMethod.UMAP);
        showWhen(custom, ProjectionMethod.CUSTOM);

        Label status = Controls.messageLabel("projection-status", null);
        status.textProperty().bind(model.statusProperty());
        Label message = Controls.messageLabel("projection-message", "error-text");
        message.textProperty().bind(model.messageProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("projection-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        content.getChildren().addAll(title, top, new WordSourceView(model), pca, tsne, umap, custom,
                actions(), progress,
                status, message, new ColoringView(panel.coloring()));
        setContent(content);
    }

    private HBox dimensionToggle() {
        ToggleGroup group = new ToggleGroup();
        RadioButton two = new RadioButton("2D");
        RadioButton three = new RadioButton("3D");
        two.setToggleGroup(group);
        three.setToggleGroup(group);
        three.setId("projection-3d");
        (settings.dimsProperty().get() == 3 ? three : two).setSelected(true);
        group.selectedToggleProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                settings.dimsProperty().set(chosen == three ? 3 : 2);
            }
        });
        settings.dimsProperty().addListener((o, old, value) -> (value.intValue() == 3 ? three : two).setSelected(true));
        return new HBox(12, two, three);
    }

    private void showWhen(Node box, ProjectionMethod method) {
        box.visibleProperty().bind(settings.methodProperty().isEqualTo(method));
        box.managedProperty().bind(box.visibleProperty());
    }

    private VBox pcaSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "x axis", Controls.intSpinner(settings.pcXProperty(), 1, 1000, 1, "Principal component on x"));
        Controls.row(grid, "y axis", Controls.intSpinner(settings.pcYProperty(), 1, 1000, 1, "Principal component on y"));
        var z = Controls.intSpinner(settings.pcZProperty(), 1, 1000, 1, "Principal component on z (3D)");
        z.disableProperty().bind(settings.dimsProperty().isNotEqualTo(3));
        Controls.row(grid, "z axis", z);

        ScreeBars chart = new ScreeBars();
        model.scree().addListener((ListChangeListener<Double>) c -> chart.setShares(model.scree()));
        return new VBox(8, grid, chart);
    }

    private VBox tsneSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "Perplexity", Controls.doubleSpinner(settings.perplexityProperty(), 2, 500, 5,
                "Roughly how many neighbours each word pays attention to (5 to 50)"));
        Controls.row(grid, "Iterations", Controls.intSpinner(settings.iterationsProperty(), 50, 100_000, 250,
                "Optimisation steps; the first 250 use early exaggeration 12"));
        Controls.row(grid, "Learning rate", Controls.withNote(Controls.doubleSpinner(settings.learningRateProperty(), 0,
                100_000, 50, "0 means auto: max(N / 12 / 4, 50)"), "0 = auto"));
        Controls.row(grid, "Seed", Controls.intSpinner(settings.seedProperty(), 0, Integer.MAX_VALUE, 1,
                "The same seed gives the same map"));
        Controls.row(grid, "Distance", Controls.choice(settings.tsneMetricProperty(),
                List.of(Metric.COSINE, Metric.EUCLIDEAN), Metric::id));
        Label hint = new Label("The map is redrawn as t-SNE runs. Watch it form, pause it, or cancel to get the"
                + " previous map back.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, grid, hint);
    }

    private VBox customSettings() {
        GridPane grid = Controls.form();
        Controls.row(grid, "x =", axisField(settings.xAxisProperty(), "custom-x"));
        Controls.row(grid, "y =", axisField(settings.yAxisProperty(), "custom-y"));
        TextField z = axisField(settings.zAxisProperty(), "custom-z");
        z.disableProperty().bind(settings.dimsProperty().isNotEqualTo(3));
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
        run.setTooltip(new Tooltip("Compute the map of the chosen words with the chosen method"));
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button pause = new Button();
        pause.setId("projection-pause");
        pause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        pause.setTooltip(new Tooltip("Pause or resume t-SNE or UMAP"));
        pause.disableProperty().bind(model.runningProperty().not()
                .or(settings.methodProperty().isNotEqualTo(ProjectionMethod.TSNE)
                        .and(settings.methodProperty().isNotEqualTo(ProjectionMethod.UMAP))));
        pause.setOnAction(e -> model.togglePause());
        Button cancel = new Button("Cancel", new FontIcon("mdi2c-close"));
        cancel.setId("projection-cancel");
        cancel.setTooltip(new Tooltip("Stop and go back to the previous map (Esc)"));
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox box = new HBox(8, run, pause, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
