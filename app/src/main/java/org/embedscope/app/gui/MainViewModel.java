package org.embedscope.app.gui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.app.data.DatasetLoader;
import org.embedscope.app.gui.projection.ColoringViewModel;
import org.embedscope.app.gui.projection.ProjectionViewModel;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.search.PrefixIndex;

/**
 * The window as a whole: opening datasets, the default PCA map, the title and the dataset summary
 * in the status bar. Failures become a message for a dialog; the previous dataset stays loaded.
 */
public final class MainViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final RecentFiles recentFiles;
    private final ProjectionViewModel projection;
    private final ColoringViewModel coloring;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Embedscope");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "No dataset");
    private Consumer<String> errorSink = message -> { };
    private Consumer<String> warningSink = message -> { };

    public MainViewModel(Workspace workspace, BackgroundTasks tasks, RecentFiles recentFiles) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.recentFiles = recentFiles;
        // Created before the store listener below so that a new dataset is projected at once.
        this.projection = new ProjectionViewModel(workspace, tasks);
        this.coloring = new ColoringViewModel(workspace, tasks);
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

    /** The map's projection (a new dataset starts with PCA). */
    public ProjectionViewModel projection() {
        return projection;
    }

    public ColoringViewModel coloring() {
        return coloring;
    }

    /** Where user-facing error messages go (the view shows them in a dialog). */
    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    /** Where tolerated problems in an opened file are reported (the view shows them in a dialog). */
    public void setWarningSink(Consumer<String> sink) {
        this.warningSink = sink;
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
        open(file, OpenOptions.defaults(), whenMapped);
    }

    /** Opens a file with explicit options (format, metadata, limit, cache); see {@link #open(Path, Runnable)}. */
    public void open(Path file, OpenOptions options, Runnable whenMapped) {
        String label = file == null ? "the bundled dataset" : file.getFileName().toString();
        tasks.run("Loading " + label, progress -> {
            VectorStore store = DatasetLoader.load(file, options, progress);
            progress.update(-1, "Indexing words");
            PrefixIndex words = PrefixIndex.of(store.vocabulary());
            // Built once per store; doing it now keeps the first neighbour query instant.
            progress.update(-1, "Preparing the search index");
            org.embedscope.model.search.Int8Index.of(store);
            return new Loaded(store, words);
        }, loaded -> {
            if (file != null) {
                recentFiles.add(file);
            }
            projection.afterNextLayout(whenMapped);
            workspace.setDataset(loaded.store, loaded.index);
            if (!loaded.store.warnings().isEmpty()) {
                warningSink.accept(label + " was opened, but some of it was not as expected:\n\n"
                        + String.join("\n", loaded.store.warnings()));
            }
        }, failure -> errorSink.accept("Could not open " + label + ".\n\n" + UserMessages.describe(failure)));
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
