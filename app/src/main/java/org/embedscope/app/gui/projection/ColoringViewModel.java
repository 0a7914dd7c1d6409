package org.embedscope.app.gui.projection;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.embedscope.app.gui.UserMessages;
import org.embedscope.app.gui.Workspace;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.cluster.KMeansResult;
import org.embedscope.model.projection.Faithfulness;

/**
 * Colours the map: by frequency rank, by k-means cluster (legend names each cluster by its most
 * central words), or by faithfulness (the share of each word's k nearest neighbours that are still
 * among its k nearest on the map; the legend gives the mean).
 */
public final class ColoringViewModel {
    private static final double ALPHA = 0.8;

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ColoringMode> mode = new SimpleObjectProperty<>(this, "mode", ColoringMode.RANK);
    private final IntegerProperty clusters = new SimpleIntegerProperty(this, "clusters", 10);
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours", 10);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ColoringViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
            mode.set(ColoringMode.RANK);
            summary.set("");
        });
        // Faithfulness describes one map: a new finished map needs a new measurement.
        workspace.layoutProperty().addListener((o, old, layout) -> {
            if (layout != null && !layout.live() && mode.get() == ColoringMode.FAITHFULNESS) {
                apply();
            }
        });
    }

    public ObjectProperty<ColoringMode> modeProperty() {
        return mode;
    }

    /** k of k-means. */
    public IntegerProperty clustersProperty() {
        return clusters;
    }

    /** k of the faithfulness measure. */
    public IntegerProperty neighboursProperty() {
        return neighbours;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line about the current colouring, e.g. "faithfulness 0.412 (k = 10)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Colours the map as the mode says, computing clusters or faithfulness in the background. */
    public void apply() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        message.set("");
        switch (mode.get()) {
            case RANK -> {
                summary.set("");
                workspace.setColoring(MapColoring.byRank(store.size()));
            }
            case CLUSTERS -> cluster(store);
            case FAITHFULNESS -> measure(store);
        }
    }

    private void cluster(VectorStore store) {
        int k = clusters.get();
        MapLayout layout = workspace.layoutProperty().get();
        // Cluster the words the map shows, so that the legend names them by words that are on it.
        int words = layout == null ? store.size() : projectedWords(layout);
        if (k < 1 || k > words) {
            message.set("Choose between 1 and " + words + " clusters.");
            return;
        }
        long s = seed.get();
        running.set(true);
        tasks.run("k-means (" + k + " clusters)", p -> KMeans.fit(store.rawVectors(), words, store.dimension(), k, s,
                KMeans.DEFAULT_MAX_ITERATIONS, p), result -> {
            running.set(false);
            if (workspace.store() == store) {
                summary.set(String.format("%d clusters, inertia %.1f after %d iterations", result.k(),
                        result.inertia(), result.iterations()));
                workspace.setColoring(clusterColoring(store, result));
            }
        }, this::failed);
    }

    static MapColoring clusterColoring(VectorStore store, KMeansResult result) {
        int[] colors = new int[store.size()];
        int[] classColors = new int[result.k()];
        for (int c = 0; c < result.k(); c++) {
            classColors[c] = Palettes.argb(Palettes.cluster(c), ALPHA);
        }
        for (int i = 0; i < result.labels().length; i++) {
            colors[i] = classColors[result.labels()[i]];
        }
        List<MapColoring.Entry> legend = new ArrayList<>();
        for (int c = 0; c < result.k(); c++) {
            List<String> names = new ArrayList<>();
            for (int member : result.centralMembers()[c]) {
                if (names.size() < 3) {
                    names.add(store.word(member));
                }
            }
            legend.add(new MapColoring.Entry(Palettes.cluster(c), String.join(", ", names)
                    + String.format("  (%,d)", result.sizes()[c])));
        }
        return new MapColoring(colors, result.k() + " k-means clusters", legend);
    }

    private void measure(VectorStore store) {
        MapLayout layout = workspace.layoutProperty().get();
        if (layout == null) {
            return;
        }
        int k = neighbours.get();
        long s = seed.get();
        int words = projectedWords(layout);
        if (k < 1 || k >= words) {
            message.set("k must be between 1 and " + (words - 1) + ".");
            return;
        }
        running.set(true);
        tasks.run("Measuring faithfulness", p -> Faithfulness.of(store.rawVectors(), words, store.dimension(),
                Metric.COSINE, layout.coordinates(), layout.dims(), k, s, p), result -> {
                    running.set(false);
                    if (workspace.store() == store && workspace.layoutProperty().get() == layout) {
                        summary.set(String.format("Faithfulness %.3f: on average %.1f of each word's %d nearest"
                                + " neighbours stay near it on the map", result.mean(), result.mean() * k, k));
                        workspace.setColoring(faithfulnessColoring(store.size(), result));
                    }
                }, this::failed);
    }

    /** The map places the first N words (the rest are NaN); faithfulness is measured on those. */
    private static int projectedWords(MapLayout layout) {
        int n = layout.points();
        while (n > 0 && Float.isNaN(layout.coordinates()[(n - 1) * layout.dims()])) {
            n--;
        }
        return n;
    }

    static MapColoring faithfulnessColoring(int total, Faithfulness result) {
        int[] colors = new int[total];
        float[] shares = result.perPoint();
        for (int i = 0; i < total; i++) {
            colors[i] = i < shares.length ? Palettes.argb(Palettes.faithfulness(shares[i]), ALPHA) : 0;
        }
        List<MapColoring.Entry> legend = List.of(
                new MapColoring.Entry(Palettes.faithfulness(1), "all " + result.k() + " neighbours kept"),
                new MapColoring.Entry(Palettes.faithfulness(0.5), "half kept"),
                new MapColoring.Entry(Palettes.faithfulness(0), "none kept"));
        return new MapColoring(colors, String.format("Faithfulness %.3f (k = %d)", result.mean(), result.k()), legend);
    }

    private void failed(Throwable failure) {
        running.set(false);
        message.set(UserMessages.describe(failure));
    }
}
