package org.embedscope.app.gui.distances;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.Metric;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceRequest;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.render.chart.CategoryLineChart;
import org.embedscope.render.chart.Histogram;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Distances panel: the points, the distance and the number of dimensions; the two histograms
 * (nearest neighbour against random pair); the numbers with what they mean; the contrast across
 * dimensions. It computes the first time it is on screen.
 */
public final class DistancesView extends ScrollPane {
    private final DistancesViewModel model;
    private final Histogram histogram = new Histogram();
    private final CategoryLineChart sweep = new CategoryLineChart();

    public DistancesView(DistancesViewModel model) {
        this.model = model;
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        setId("distances-view");
        Label title = new Label("Distances");
        title.getStyleClass().add("panel-title");
        Label intro = DistancesControls.hint("Is a word's nearest neighbour really near? Compare how far it is "
                + "with how far a random word is. The more dimensions, the more alike the two become: "
                + "the curse of dimensionality.");
        histogram.setId("distances-histogram");
        sweep.setId("distances-sweep");
        Label sweepTitle = new Label("How many times farther is a random one?");
        sweepTitle.getStyleClass().add("section-title");
        Label headline = Controls.messageLabel("distances-headline", "result-headline");
        headline.setMinHeight(USE_PREF_SIZE);
        Label sweepReading = Controls.messageLabel("distances-sweep-reading", null);
        sweepReading.setMinHeight(USE_PREF_SIZE);
        headline.setTooltip(tip("The average distance from each sampled word to its closest other sampled word, "
                + "against the average distance between two sampled words picked at random."));
        sweepReading.setTooltip(tip("The same comparison at each number of dimensions of the chart above: "
                + "the average random distance divided by the average nearest distance."));
        Label what = Controls.messageLabel("distances-what", "hint");
        what.setMinHeight(USE_PREF_SIZE);
        Label message = Controls.messageLabel("distances-message", "error-text");
        message.textProperty().bind(model.messageProperty());
        DistancesNumbers numbers = new DistancesNumbers();
        VBox results = new VBox(8, headline, histogram, numbers, sweepTitle, sweep, sweepReading, what);
        results.visibleProperty().bind(model.reportProperty().isNotNull());
        results.managedProperty().bind(results.visibleProperty());
        model.reportProperty().addListener((o, old, report) -> {
            if (report != null) {
                headline.setText(DistanceReading.headline(report));
                sweepReading.setText(DistanceReading.sweep(report));
                what.setText(DistanceReading.what(report));
                numbers.show(report);
                DistancesCharts.show(report, histogram, sweep);
            }
        });
        VBox content = new VBox(10, title, intro, form(), sampling(), actions(),
                DistancesControls.progress(model.computing()), message, results);
        content.getStyleClass().add("side-panel");
        content.setPadding(new Insets(14));
        setContent(content);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                watchShowing();
            }
        });
    }

    private GridPane form() {
        GridPane grid = Controls.form();
        ChoiceBox<DistanceSource> source = Controls.choice(model.sourceProperty(), List.of(DistanceSource.values()),
                DistancesView::sourceLabel);
        source.setId("distances-source");
        source.setTooltip(new Tooltip("Word vectors reduced to their main directions, the stored coordinates cut "
                + "short, or points scattered at random (the textbook case)"));
        ChoiceBox<Metric> metric = Controls.choice(model.metricProperty(), List.of(Metric.COSINE, Metric.EUCLIDEAN),
                m -> m == Metric.COSINE ? "Cosine distance (1 \u2212 cosine)" : "Straight-line (euclidean)");
        metric.setId("distances-metric");
        metric.setTooltip(new Tooltip("Cosine distance compares directions only; straight-line distance also "
                + "counts lengths"));
        Controls.row(grid, "Points", source);
        Controls.row(grid, "Distance", metric);
        Controls.row(grid, "Dimensions", dimensions());
        return grid;
    }

    private HBox dimensions() {
        Slider slider = new Slider(1, Math.max(2, model.maxDimsProperty().get()), model.dimsProperty().get());
        slider.setId("distances-dims-slider");
        slider.maxProperty().bind(Bindings.max(2, model.maxDimsProperty()));
        slider.setBlockIncrement(1);
        slider.valueProperty().addListener((o, old, v) -> {
            if (Math.round(v.doubleValue()) != model.dimsProperty().get()) {
                model.dimsProperty().set((int) Math.round(v.doubleValue()));
            }
        });
        model.dimsProperty().addListener((o, old, v) -> slider.setValue(v.intValue()));
        // A larger range (new vectors, random points) must not leave the thumb where the old range clamped it.
        slider.maxProperty().addListener((o, old, max) -> slider.setValue(model.dimsProperty().get()));
        // Dragging measures once, on release, not at every step.
        slider.setOnMouseReleased(e -> model.compute());
        slider.setOnKeyReleased(e -> {
            if (e.getCode().isArrowKey() || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.compute();
            }
        });
        slider.setTooltip(new Tooltip("How many dimensions each point keeps"));
        Spinner<Integer> spinner = DistancesControls.number("distances-dims", model.dimsProperty(), 1, 100_000, 1,
                "How many dimensions each point keeps; press Enter to measure", model::compute);
        spinner.setPrefWidth(90);
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(8, slider, spinner);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TitledPane sampling() {
        GridPane grid = Controls.form();
        Controls.row(grid, "Words", DistancesControls.number("distances-sample", model.sampleWordsProperty(),
                DistanceRequest.MIN_SAMPLE, DistanceRequest.MAX_SAMPLE, 100,
                "How many words (or random points) are measured; more is steadier and slower", model::compute));
        Controls.row(grid, "Drawn from", Controls.withNote(DistancesControls.number("distances-pool",
                model.fromMostFrequentProperty(), DistanceRequest.MIN_SAMPLE, 10_000_000, 1000,
                "The words are drawn from this many of the most frequent", model::compute), "most frequent"));
        Controls.row(grid, "Random pairs", DistancesControls.number("distances-pairs", model.pairsProperty(), 1,
                DistanceRequest.MAX_PAIRS, 1000, "How many random pairs of words are measured", model::compute));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, (int) model.seedProperty().get(), 1);
        seed.setId("distances-seed");
        seed.setEditable(true);
        seed.setPrefWidth(120);
        seed.setTooltip(new Tooltip("The same seed draws the same words and pairs, so a class sees the same picture"));
        seed.valueProperty().addListener((o, old, v) -> model.seedProperty().set(v));
        model.seedProperty().addListener((o, old, v) -> seed.getValueFactory().setValue((int) v.longValue()));
        seed.getEditor().setOnAction(e -> {
            seed.commitValue();
            model.compute();
        });
        Controls.row(grid, "Seed", seed);
        TitledPane pane = new TitledPane("Sample", grid);
        pane.setId("distances-section-sample");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private HBox actions() {
        Button compute = new Button("Measure", new FontIcon("mdi2r-ruler"));
        compute.setId("distances-compute");
        compute.getStyleClass().add("accent");
        compute.setTooltip(new Tooltip("Measure the distances at these dimensions and across the sweep"));
        compute.setOnAction(e -> model.compute());
        HBox row = new HBox(8, compute);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String sourceLabel(DistanceSource source) {
        return switch (source) {
            case PCA -> "Words, main directions (PCA)";
            case RAW -> "Words, first stored coordinates";
            case RANDOM -> "Random points in a cube";
        };
    }

    /** Tab panes hide an unselected tab's content by an ancestor's visibility, so all of them count. */
    private void watchShowing() {
        if (getProperties().containsKey(DistancesView.class)) {
            return;
        }
        BooleanBinding shown = Bindings.createBooleanBinding(() -> true);
        for (Parent p = this; p != null; p = p.getParent()) {
            shown = shown.and(p.visibleProperty());
        }
        BooleanBinding showing = shown;
        getProperties().put(DistancesView.class, showing);
        showing.addListener((o, was, now) -> model.setShowing(now));
        model.setShowing(showing.get());
    }

    private static Tooltip tip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        return tooltip;
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    Node histogram() {
        return histogram;
    }
}
