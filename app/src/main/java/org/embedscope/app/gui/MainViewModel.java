package org.embedscope.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.app.data.DatasetLoader;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.projection.ProjectionViewModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.search.Int8Index;
import org.embedscope.model.search.PrefixIndex;

/**
 * The window as a whole: opening datasets (the previous one stays loaded until the new one is
 * ready, and stays if it fails), the title, and the dataset summary in the status bar.
 */
public final class MainViewModel {
    private static final List<Dialogs.FileFilter> VECTOR_FILES = List.of(new Dialogs.FileFilter("Vector files",
            List.of("*.txt", "*.vec", "*.bin", "*.tsv", "*.npy")), Dialogs.FileFilter.ALL);

    private final Workspace workspace;
    private final Dialogs dialogs;
    private final RecentFiles recentFiles;
    private final ProjectionViewModel projection;
    private final TaskSlot loading;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Embedscope");
    private final ReadOnlyStringWrapper datasetSummary = new ReadOnlyStringWrapper(this, "datasetSummary", "No dataset");

    private final javafx.beans.property.ReadOnlyObjectWrapper<DatasetSource> source =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "source");

    public MainViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs, RecentFiles recentFiles,
            ProjectionViewModel projection) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        this.projection = projection;
        this.loading = new TaskSlot(executor);
        workspace.storeProperty().addListener((o, old, store) -> describe(store));
    }

    /** The file and options of the dataset on screen (file null: the bundled one); null before the first. */
    public javafx.beans.property.ReadOnlyObjectProperty<DatasetSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datasetSummaryProperty() {
        return datasetSummary.getReadOnlyProperty();
    }

    /** Opens a vector file, or the bundled dataset for null. */
    public void open(Path file) {
        open(file, OpenOptions.defaults(), () -> { });
    }

    /** File > Open: asks for a file, then opens it. */
    public void chooseAndOpen() {
        dialogs.chooseFile("Open vectors", recentFiles.lastDirectory(), VECTOR_FILES).ifPresent(this::open);
    }

    /** File > Open With Options. */
    public void openWithOptions() {
        dialogs.askOpenOptions(recentFiles.lastDirectory())
                .ifPresent(request -> open(request.file(), request.options(), () -> { }));
    }

    /** An entry of File > Open Recent; a file that is gone is dropped from the list, with a message. */
    public void openRecent(Path file) {
        if (java.nio.file.Files.exists(file)) {
            open(file, recentFiles.optionsFor(file), () -> { });
        } else {
            recentFiles.remove(file);
            dialogs.showWarning("Not found", "No such file: " + file + "\nIt has been removed from the recent files.");
        }
    }

    /** Opens the first of the files dropped on the window. */
    public void openDropped(List<File> files) {
        if (!files.isEmpty()) {
            open(files.get(0).toPath());
        }
    }

    /**
     * Opens a file with these options (the bundled dataset for null), then computes its PCA map
     * and runs {@code whenMapped}. Opening another file meanwhile replaces this request.
     */
    public void open(Path file, OpenOptions options, Runnable whenMapped) {
        String label = file == null ? "the bundled dataset" : file.getFileName().toString();
        loading.start(BackgroundTask.of("Loading " + label, progress -> {
            VectorStore store = DatasetLoader.load(file, options, progress);
            progress.update(-1, "Indexing words");
            PrefixIndex words = PrefixIndex.of(store.vocabulary());
            // Built once per store; doing it now keeps the first neighbour query instant.
            progress.update(-1, "Preparing the search index");
            Int8Index.of(store);
            return new Loaded(store, words);
        }).onSuccess(loaded -> {
            if (file != null) {
                recentFiles.add(file, options);
            }
            projection.afterNextLayout(whenMapped);
            source.set(new DatasetSource(file, options));
            workspace.setDataset(loaded.store, loaded.index);
            if (!loaded.store.warnings().isEmpty()) {
                dialogs.showWarning("Opened with warnings", label + " was opened, but some of it was not as"
                        + " expected:\n\n" + String.join("\n", loaded.store.warnings()));
            }
        }).onFailure(failure -> dialogs.showError("Could not open " + label,
                ErrorMessages.inWindow(failure) + "\n\nThe previous dataset stays open.")));
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
