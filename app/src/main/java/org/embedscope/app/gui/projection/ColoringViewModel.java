package org.embedscope.app.gui.projection;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.panel.Stateful;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.projection.Faithfulness;

/**
 * Colours the map: by frequency rank, by k-means cluster (the legend names each cluster by its most
 * central words), or by faithfulness (the share of each word's k nearest neighbours that are still
 * among its k nearest on the map). Clusters and faithfulness are computed for exactly the words on
 * the map, and again whenever a new map arrives: clusters when it shows other words, faithfulness
 * for every new map (it describes the positions).
 */
public final class ColoringViewModel implements Stateful<ColoringState> {
    private final Workspace workspace;
    private final TaskSlot colouring;
    private final ObjectProperty<ColoringMode> mode =
            new SimpleObjectProperty<>(this, "mode", ColoringState.DEFAULT.mode());
    private final IntegerProperty clusters = new SimpleIntegerProperty(this, "clusters", ColoringState.DEFAULT.clusters());
    private final IntegerProperty neighbours =
            new SimpleIntegerProperty(this, "neighbours", ColoringState.DEFAULT.neighbours());
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", ColoringState.DEFAULT.seed());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final RestoreGuard restoring = new RestoreGuard();
    private final javafx.beans.property.StringProperty column =
            new javafx.beans.property.SimpleStringProperty(this, "column", "");
    private final javafx.beans.property.StringProperty labelColumn =
            new javafx.beans.property.SimpleStringProperty(this, "labelColumn", "");
    private final IntegerProperty labels = new SimpleIntegerProperty(this, "labels", ColoringState.DEFAULT.labels());
    private final IntegerProperty pointSize = new SimpleIntegerProperty(this, "pointSize", 1);
    private final javafx.collections.ObservableList<String> columns = javafx.collections.FXCollections.observableArrayList();
    // One wrapper for all callers: content bindings hold it only weakly.
    private final javafx.collections.ObservableList<String> columnsView =
            javafx.collections.FXCollections.unmodifiableObservableList(columns);

    public ColoringViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.colouring = new TaskSlot(executor);
        workspace.storeProperty().addListener((o, old, store) -> {
            colouring.cancel();
            mode.set(ColoringMode.RANK);
            columns.setAll(store == null ? java.util.List.of() : store.metadata().columns());
            // The first column is often the word itself (a projector metadata.tsv); the next one says more.
            column.set(columns.isEmpty() ? "" : columns.size() > 1 && isWordColumn(columns.get(0)) ? columns.get(1)
                    : columns.get(0));
            if (!columns.contains(labelColumn.get())) {
                labelColumn.set("");
            }
            summary.set("");
            message.set("");
        });
        workspace.layoutProperty().addListener((o, old, layout) -> {
            if (layout != null && !layout.live()) {
                follow(layout);
            }
        });
        // Frequency rank needs no computing: choosing it is applying it.
        mode.addListener((o, old, chosen) -> {
            if (chosen == ColoringMode.RANK && !restoring.active()) {
                apply();
            }
        });
    }

    public ObjectProperty<ColoringMode> modeProperty() {
        return mode;
    }

    private static boolean isWordColumn(String name) {
        return name.equalsIgnoreCase("word") || name.equalsIgnoreCase("label") || name.equalsIgnoreCase("token");
    }

    /** The metadata column to label points with; empty for their words. */
    public javafx.beans.property.StringProperty labelColumnProperty() {
        return labelColumn;
    }

    /** The points' radius in pixels. */
    public IntegerProperty pointSizeProperty() {
        return pointSize;
    }

    /** How many labels the map shows where they fit. */
    public IntegerProperty labelsProperty() {
        return labels;
    }

    /** The metadata column to colour by. */
    public javafx.beans.property.StringProperty columnProperty() {
        return column;
    }

    /** The dataset's metadata columns (empty without metadata). */
    public javafx.collections.ObservableList<String> columns() {
        return columnsView;
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

    /** True while clusters or faithfulness are computed; false again however that ends. */
    public ReadOnlyBooleanProperty runningProperty() {
        return colouring.runningProperty();
    }

    /** One line about the current colouring, e.g. "faithfulness 0.412 (k = 10)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Colours the map on screen as the mode says, computing clusters or faithfulness in the background. */
    public void apply() {
        MapLayout layout = workspace.layout();
        if (workspace.store() == null || layout == null) {
            return;
        }
        message.set("");
        switch (mode.get()) {
            case RANK -> {
                colouring.cancel();
                summary.set("");
                workspace.setColoring(null);
            }
            case CLUSTERS -> cluster(layout);
            case FAITHFULNESS -> measure(layout);
            case METADATA -> byColumn(layout);
        }
    }

    public void cancel() {
        colouring.cancel();
    }

    /** A new finished map: keep colours that still fit it, recompute those that do not. */
    private void follow(MapLayout layout) {
        MapColoring current = workspace.coloringProperty().get();
        boolean fits = current != null && current.fits(layout);
        if (mode.get() == ColoringMode.FAITHFULNESS || mode.get() != ColoringMode.RANK && !fits) {
            apply();
        }
    }

    private void cluster(MapLayout layout) {
        VectorStore store = workspace.store();
        int k = clusters.get();
        int words = layout.points();
        if (k < 1 || k > words) {
            message.set("Choose between 1 and " + words + " clusters for the " + words + " words on the map.");
            return;
        }
        long s = seed.get();
        int[] rows = layout.rows();
        colouring.start(BackgroundTask.of("k-means (" + k + " clusters)", p ->
                KMeans.fit(store.rowsOf(rows), rows.length, store.dimension(), k, s, KMeans.DEFAULT_MAX_ITERATIONS, p))
                .onSuccess(result -> {
                    if (workspace.store() == store) {
                        summary.set(String.format("%d clusters, inertia %.1f after %d iterations", result.k(),
                                result.inertia(), result.iterations()));
                        workspace.setColoring(Colourings.clusters(store, rows, result));
                    }
                })
                .onFailure(this::failed));
    }

    private void measure(MapLayout layout) {
        VectorStore store = workspace.store();
        int k = neighbours.get();
        long s = seed.get();
        int words = layout.points();
        if (k < 1 || k >= words) {
            message.set("k must be between 1 and " + (words - 1) + " for the " + words + " words on the map.");
            return;
        }
        int[] rows = layout.rows();
        colouring.start(BackgroundTask.of("Measuring faithfulness", p -> Faithfulness.of(store.rowsOf(rows),
                rows.length, store.dimension(), Metric.COSINE, layout.positions(), layout.dims(), k, s, p))
                .onSuccess(result -> {
                    if (workspace.store() == store && workspace.layout() == layout) {
                        summary.set(String.format("Faithfulness %.3f: on average %.1f of each word's %d nearest"
                                + " neighbours stay near it on the map", result.mean(), result.mean() * k, k));
                        workspace.setColoring(Colourings.faithfulness(rows, result));
                    }
                })
                .onFailure(this::failed));
    }

    private void byColumn(MapLayout layout) {
        VectorStore store = workspace.store();
        String chosen = column.get();
        if (chosen == null || chosen.isEmpty()) {
            message.set(store.metadata().columns().isEmpty()
                    ? "These vectors have no metadata: open them with a metadata file (File \u203a Open With Options)"
                    : "Choose a column");
            return;
        }
        colouring.start(BackgroundTask.of("colouring by " + chosen,
                p -> org.embedscope.app.gui.map.ColumnColouring.of(store, layout, chosen))
                .onSuccess(coloring -> {
                    if (workspace.store() == store) {
                        summary.set("Coloured by " + chosen);
                        workspace.setColoring(coloring);
                    }
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        message.set(ErrorMessages.sentence(failure));
    }

    @Override
    public ColoringState snapshot() {
        return new ColoringState(mode.get(), clusters.get(), neighbours.get(), seed.get(), column.get(),
                labelColumn.get(), labels.get(), pointSize.get());
    }

    @Override
    public void restore(ColoringState state) {
        restoring.during(() -> {
            mode.set(state.mode());
            clusters.set(state.clusters());
            neighbours.set(state.neighbours());
            seed.set(state.seed());
            column.set(state.column() == null ? "" : state.column());
            labelColumn.set(state.labelColumn() == null ? "" : state.labelColumn());
            labels.set(state.labels());
            pointSize.set(Math.max(1, Math.min(5, state.pointSize())));
        });
    }

    @Override
    public Class<ColoringState> stateType() {
        return ColoringState.class;
    }
}
