package org.embedscope.app.gui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.app.data.DatasetLoader;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.VectorStore;
import org.embedscope.model.projection.Pca;
import org.embedscope.model.projection.PcaResult;
import org.embedscope.model.search.PrefixIndex;

/**
 * The window as a whole: opening datasets, the default PCA map, the title and the dataset summary
 * in the status bar. Failures become a message for a dialog; the previous dataset stays loaded.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final RecentFiles recentFiles;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Embedscope");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "No dataset");
    private Consumer<String> errorSink = message -> { };
    private int mapDims = 2;

    public MainViewModel(Workspace workspace, BackgroundTasks tasks, RecentFiles recentFiles) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.recentFiles = recentFiles;
        workspace.storeProperty().addListener((o, old, store) -> describe(store));
    }

    public Workspace workspace() {
        return workspace;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** Where user-facing error messages go (the view shows them in a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    /** Opens a vector file, or the bundled dataset for null. */
    public void open(Path file) {
        open(file, () -> { });
    }

    /** Opens the first of the files dropped on the window. */
    public void openDropped(java.util.List<java.io.File> files) {
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        }
    }

    /**
     * Opens a vector file, or the bundled dataset for null, then computes its PCA map. While it
     * loads, the previous dataset stays on screen; if loading fails or is cancelled, it stays loaded.
     */
    public void open(Path file, Runnable whenMapped) {
        String label = file == null ? "the bundled dataset" : file.getFileName().toString();
        tasks.run("Loading " + label, progress -> {
            VectorStore store = DatasetLoader.load(file, progress);
            progress.update(-1, "Indexing words");
            return new Loaded(store, PrefixIndex.of(store.vocabulary()));
        }, loaded -> {
            if (file != null) {
                recentFiles.add(file);
            }
            workspace.setDataset(loaded.store, loaded.index);
            project(loaded.store, whenMapped);
        }, failure -> errorSink.accept("Could not open " + label + ".\n\n" + UserMessages.describe(failure)));
    }

    /** Chooses a 2D or 3D map; re-projects the current dataset if there is one. */
    public void setMapDimensions(int dims) {
        if (dims == mapDims) {
            return;
        }
        mapDims = dims;
        VectorStore store = workspace.store();
        if (store != null) {
            project(store, () -> { });
        }
    }

    private void project(VectorStore store, Runnable whenMapped) {
        int dims = Math.min(mapDims, store.dimension());
        tasks.run("Projecting with PCA", progress -> Pca.fit(store, dims, progress), result -> {
            if (workspace.store() == store) {
                workspace.setLayout(layoutOf(result));
                whenMapped.run();
            }
        }, failure -> errorSink.accept("PCA failed: " + UserMessages.describe(failure)));
    }

    private static MapLayout layoutOf(PcaResult pca) {
        double[] ratio = pca.explainedVarianceRatio();
        java.util.List<String> axes = new java.util.ArrayList<>();
        for (int c : pca.components()) {
            axes.add(String.format("PC%d (%.1f%%)", c + 1, 100 * ratio[c]));
        }
        return new MapLayout(pca.coordinates(), pca.dims(), pca.rows(), "PCA", axes);
    }

    private void describe(VectorStore store) {
        if (store == null) {
            title.set("Embedscope");
            datasetSummary.set("No dataset");
            return;
        }
        title.set(store.info().name() + " \u2014 Embedscope");
        datasetSummary.set(String.format("%s  \u00b7  %,d words \u00d7 %d dimensions", store.info().name(),
                store.size(), store.dimension()));
    }

    private record Loaded(VectorStore store, PrefixIndex index) {
    }
}
