package org.embedscope.app.gui.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.gui.UserMessages;
import org.embedscope.app.gui.Workspace;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.app.gui.tasks.TaskHandle;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.projection.CustomProjection;
import org.embedscope.model.projection.Pca;
import org.embedscope.model.projection.PcaResult;
import org.embedscope.model.tsne.TsneOptions;
import org.embedscope.model.tsne.TsneResult;
import org.embedscope.model.tsne.TsneRun;

/**
 * The Projection panel: PCA on chosen components, t-SNE that draws the map while it forms (with
 * pause, resume and cancel), or custom axes from expressions. Every new dataset starts with PCA.
 */
public final class ProjectionViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ProjectionMethod> method = new SimpleObjectProperty<>(this, "method", ProjectionMethod.PCA);
    private final IntegerProperty dims = new SimpleIntegerProperty(this, "dims", 2);
    private final IntegerProperty pcX = new SimpleIntegerProperty(this, "pcX", 1);
    private final IntegerProperty pcY = new SimpleIntegerProperty(this, "pcY", 2);
    private final IntegerProperty pcZ = new SimpleIntegerProperty(this, "pcZ", 3);
    private final DoubleProperty perplexity = new SimpleDoubleProperty(this, "perplexity", 30);
    /** 0 means "auto": max(N / early exaggeration / 4, 50). */
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0);
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", 1000);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    private final ObjectProperty<Metric> tsneMetric = new SimpleObjectProperty<>(this, "tsneMetric", Metric.COSINE);
    /** 0 means every word. */
    private final IntegerProperty wordLimit = new SimpleIntegerProperty(this, "wordLimit", 0);
    private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis", "he - she");
    private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis", "rich - poor");
    private final StringProperty zAxis = new SimpleStringProperty(this, "zAxis", "good - bad");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Double> scree = FXCollections.observableArrayList();
    private TaskHandle current;
    private volatile TsneRun tsne;
    private Runnable afterNextLayout;

    public ProjectionViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
            cancel();
            scree.clear();
            if (store != null) {
                method.set(ProjectionMethod.PCA);
                run();
            }
        });
        dims.addListener((o, old, value) -> {
            if (workspace.store() != null && !running.get()) {
                run();
            }
        });
        paused.addListener((o, was, pause) -> {
            TsneRun r = tsne;
            if (r != null) {
                if (pause) {
                    r.pause();
                } else {
                    r.resume();
                }
            }
        });
    }

    /** Runs once, after the next finished (not live) layout: used to select a word at start-up. */
    public void afterNextLayout(Runnable action) {
        afterNextLayout = action;
    }

    public ObjectProperty<ProjectionMethod> methodProperty() {
        return method;
    }

    /** 2 or 3. */
    public IntegerProperty dimsProperty() {
        return dims;
    }

    /** 1-based principal components for the axes. */
    public IntegerProperty pcXProperty() {
        return pcX;
    }

    public IntegerProperty pcYProperty() {
        return pcY;
    }

    public IntegerProperty pcZProperty() {
        return pcZ;
    }

    public DoubleProperty perplexityProperty() {
        return perplexity;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<Metric> tsneMetricProperty() {
        return tsneMetric;
    }

    public IntegerProperty wordLimitProperty() {
        return wordLimit;
    }

    public StringProperty xAxisProperty() {
        return xAxis;
    }

    public StringProperty yAxisProperty() {
        return yAxis;
    }

    public StringProperty zAxisProperty() {
        return zAxis;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Pauses and resumes a running t-SNE. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** For example "iteration 450 of 1000, KL 1.234". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Progress of the running projection (the status bar's, which shows it), negative while unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    /** Explained-variance ratio of the first principal components of the last PCA. */
    public ObservableList<Double> scree() {
        return scree;
    }

    public void run() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        cancel();
        message.set("");
        int words = wordLimit.get() <= 0 ? store.size() : Math.min(wordLimit.get(), store.size());
        switch (method.get()) {
            case PCA -> runPca(store, words);
            case TSNE -> runTsne(store, words);
            case CUSTOM -> runCustom(store, words);
        }
    }

    public void cancel() {
        TsneRun r = tsne;
        if (r != null) {
            r.cancel();
        }
        if (current != null) {
            current.cancel();
        }
        finish();
    }

    private void runPca(VectorStore store, int words) {
        int d = dims.get();
        int[] components = d == 3 ? new int[] {pcX.get() - 1, pcY.get() - 1, pcZ.get() - 1}
                : new int[] {pcX.get() - 1, pcY.get() - 1};
        for (int c : components) {
            if (c < 0 || c >= store.dimension()) {
                message.set("Principal components go from 1 to " + store.dimension() + ".");
                return;
            }
        }
        start("Projecting with PCA", p -> Pca.fit(store.rawVectors(), words, store.dimension(), components, p),
                result -> {
                    double[] ratio = result.explainedVarianceRatio();
                    List<Double> first = new ArrayList<>();
                    for (int i = 0; i < Math.min(20, ratio.length); i++) {
                        first.add(ratio[i]);
                    }
                    scree.setAll(first);
                    List<String> axes = new ArrayList<>();
                    for (int c : components) {
                        axes.add(String.format("PC%d (%.1f%%)", c + 1, 100 * ratio[c]));
                    }
                    show(store, new MapLayout(pad(result.coordinates(), words, store.size(), d), d, store.size(),
                            "PCA", axes));
                });
    }

    private void runTsne(VectorStore store, int words) {
        int d = dims.get();
        TsneOptions options = TsneOptions.defaults().withDims(d).withPerplexity(perplexity.get())
                .withLearningRate(learningRate.get() > 0 ? learningRate.get() : Double.NaN)
                .withIterations(iterations.get()).withSeed(seed.get()).withMetric(tsneMetric.get())
                .withSnapshotMillis(250);
        if (3 * options.perplexity() >= words) {
            message.set("Perplexity must be below a third of the number of words (" + words + ").");
            return;
        }
        String title = String.format("t-SNE (perplexity %.0f)", options.perplexity());
        int total = options.iterations();
        start("t-SNE", p -> {
            float[] data = words == store.size() ? store.rawVectors()
                    : Arrays.copyOf(store.rawVectors(), words * store.dimension());
            TsneRun run = new TsneRun(options, data, words, store.dimension());
            tsne = run;
            if (paused.get()) {
                run.pause();
            }
            return run.run(p, (iteration, kl, positions) -> Platform.runLater(() -> {
                if (tsne == run) {
                    status.set(describe(iteration, total, kl));
                    show(store, new MapLayout(pad(positions, words, store.size(), d), d, store.size(),
                            title + " \u00b7 live", List.of(), true));
                }
            }));
        }, (TsneResult result) -> {
            status.set(describe(result.iterations(), total, result.klDivergence()));
            show(store, new MapLayout(pad(result.positions(), words, store.size(), d), d, store.size(),
                    String.format("%s \u00b7 KL %.3f", title, result.klDivergence()), List.of()));
        });
    }

    private void runCustom(VectorStore store, int words) {
        int d = dims.get();
        List<String> texts = new ArrayList<>(List.of(xAxis.get(), yAxis.get()));
        if (d == 3) {
            texts.add(zAxis.get());
        }
        start("Projecting on custom axes", p -> {
            double[][] axes = new double[texts.size()][];
            for (int a = 0; a < axes.length; a++) {
                axes[a] = VectorExpression.parse(texts.get(a).strip(), store).evaluate(WordForm.RAW);
            }
            return CustomProjection.project(store.rawVectors(), words, store.dimension(), axes, p);
        }, coordinates -> {
            List<String> axes = texts.stream().map(t -> "cos(\u00b7, " + t.strip() + ")").toList();
            show(store, new MapLayout(pad(coordinates, words, store.size(), d), d, store.size(), "Custom axes", axes));
        });
    }

    private <T> void start(String title, org.embedscope.app.gui.tasks.Work<T> work, java.util.function.Consumer<T> done) {
        running.set(true);
        paused.set(false);
        status.set("");
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(title, work, result -> {
            if (current == handle[0]) {
                finish();
                done.accept(result);
            }
        }, failure -> {
            if (current == handle[0]) {
                finish();
                message.set(UserMessages.describe(failure));
            }
        });
        current = handle[0];
    }

    private void finish() {
        current = null;
        tsne = null;
        running.set(false);
        paused.set(false);
    }

    private void show(VectorStore store, MapLayout layout) {
        if (workspace.store() != store) {
            return;
        }
        workspace.setLayout(layout);
        if (!layout.live() && afterNextLayout != null) {
            Runnable action = afterNextLayout;
            afterNextLayout = null;
            action.run();
        }
    }

    private static String describe(int iteration, int total, double kl) {
        return Double.isNaN(kl) ? String.format("iteration %,d of %,d", iteration, total)
                : String.format("iteration %,d of %,d \u00b7 KL %.3f", iteration, total, kl);
    }

    /** Coordinates for every word: the projected first {@code words} rows, NaN (hidden) for the rest. */
    static float[] pad(float[] coordinates, int words, int total, int dims) {
        if (words == total) {
            return coordinates;
        }
        float[] all = Arrays.copyOf(coordinates, total * dims);
        Arrays.fill(all, words * dims, all.length, Float.NaN);
        return all;
    }
}
