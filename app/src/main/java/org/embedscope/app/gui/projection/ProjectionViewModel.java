package org.embedscope.app.gui.projection;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.panel.Stateful;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.WordListFile;
import org.embedscope.model.projection.InvalidProjectionException;
import org.embedscope.model.projection.Projection;
import org.embedscope.model.projection.ProjectionFrame;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.WordSelection;

/**
 * The Map panel's projection: PCA on chosen components, t-SNE or UMAP that draw the map while it forms
 * (pause, resume, cancel, and cancel brings the previous map back), or custom axes, of every word,
 * the most frequent, a typed or loaded list, or the selection. Every new dataset starts with PCA.
 */
public final class ProjectionViewModel implements Stateful<ProjectionState> {
    private final Workspace workspace;
    private final Dialogs dialogs;
    private final TaskSlot run;
    private final TaskSlot loading;
    private final ProjectionSettings settings = new ProjectionSettings();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Double> scree = FXCollections.observableArrayList();
    private final ObservableList<Double> readOnlyScree = FXCollections.unmodifiableObservableList(scree);
    private Runnable afterNextLayout;
    private final RestoreGuard restoring = new RestoreGuard();

    public ProjectionViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.run = new TaskSlot(executor);
        this.loading = new TaskSlot(executor);
        workspace.storeProperty().addListener((o, old, store) -> {
            run.cancel();
            scree.clear();
            status.set("");
            if (store != null) {
                settings.methodProperty().set(ProjectionMethod.PCA);
                run();
            }
        });
        settings.dimsProperty().addListener((o, old, value) -> {
            if (!restoring.active() && workspace.store() != null && !run.isRunning()) {
                run();
            }
        });
    }

    /** The editable inputs. */
    public ProjectionSettings settings() {
        return settings;
    }

    /** Runs once, after the next finished map: used to focus a word at start-up. */
    public void afterNextLayout(Runnable action) {
        afterNextLayout = action;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    /** True while a running t-SNE is paused. */
    public ReadOnlyBooleanProperty pausedProperty() {
        return run.pausedProperty();
    }

    /** This panel's own progress, never another panel's. */
    public ReadOnlyDoubleProperty progressProperty() {
        return run.progressProperty();
    }

    /** For example "iteration 450 of 1,000 · KL 1.234". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last run did not happen or failed, or which words it left out. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The workspace's selected words, which {@link WordSource#SELECTION} projects. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.embedscope.app.gui.workspace.WordGroup> selectionProperty() {
        return workspace.selectionProperty();
    }

    /** Explained-variance ratio of the first principal components of the last PCA. */
    public ObservableList<Double> scree() {
        return readOnlyScree;
    }

    /** The inputs the map on screen was made from, so that asking for the same map again costs nothing. */
    private record Made(VectorStore store, ProjectionSpec spec, WordSelection words, MapLayout layout) {
    }

    private Made made;

    /**
     * Projects as {@link #run} does unless the map on screen was made from exactly these settings and
     * words (a lesson step that only recolours, or a step shown again).
     */
    public void runIfChanged() {
        VectorStore store = workspace.store();
        if (store != null && made != null && made.store() == store && made.layout() == workspace.layout()) {
            try {
                if (made.spec().equals(settings.spec())
                        && made.words().equals(settings.selection(workspace.selectionProperty().get()))) {
                    return;
                }
            } catch (InvalidProjectionException e) {
                // Settings that cannot be projected: run() says why.
            }
        }
        run();
    }

    /** Projects the chosen words with the chosen method, replacing the map when done. */
    public void run() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        ProjectionSpec spec;
        WordSelection words;
        try {
            spec = settings.spec();
            words = settings.selection(workspace.selectionProperty().get());
            Projection.check(store, words, spec);
        } catch (InvalidProjectionException e) {
            message.set(ErrorMessages.sentence(e));
            return;
        }
        message.set("");
        status.set("");
        MapLayout previous = workspace.layout();
        MapCaptions captions = new MapCaptions(store, spec);
        BackgroundTask<ProjectionResult> task = BackgroundTask.live(captions.taskTitle(),
                (progress, publish) -> Projection.run(store, words, spec, progress,
                        (rows, frame) -> publish.accept(new LiveFrame(rows, frame))),
                (LiveFrame live) -> showLive(store, captions, live));
        task.onSuccess(result -> {
                    showResult(store, captions, result);
                    made = workspace.store() == store ? new Made(store, spec, words, workspace.layout()) : null;
                })
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure)))
                .onCancelled(() -> {
                    if (run.isCurrent(task) && workspace.store() == store) {
                        workspace.setLayout(previous);
                        status.set("Cancelled; the previous map is back.");
                    }
                });
        run.start(task);
    }

    public void cancel() {
        run.cancel();
    }

    public void pause() {
        run.pause();
    }

    public void resume() {
        run.resume();
    }

    public void togglePause() {
        if (run.pausedProperty().get()) {
            resume();
        } else {
            pause();
        }
    }

    /** Replaces the typed word list with a file's words (one per line). */
    public void loadWordList() {
        dialogs.chooseFile("Choose a word list (one word per line)", null,
                List.of(new Dialogs.FileFilter("Word lists", List.of("*.txt", "*.csv", "*.tsv")),
                        Dialogs.FileFilter.ALL)).ifPresent(file -> loading.start(
                BackgroundTask.of("Reading " + file.getFileName(), p -> WordListFile.read(file)).quiet()
                        .onSuccess(list -> {
                            settings.wordListProperty().set(String.join("\n", list));
                            settings.wordsProperty().set(WordSource.LIST);
                            message.set("");
                        })
                        .onFailure(failure -> message.set(ErrorMessages.sentence(failure)))));
    }

    @Override
    public ProjectionState snapshot() {
        return settings.get();
    }

    @Override
    public void restore(ProjectionState state) {
        restoring.during(() -> settings.set(state));
    }

    @Override
    public Class<ProjectionState> stateType() {
        return ProjectionState.class;
    }

    private void showLive(VectorStore store, MapCaptions captions, LiveFrame live) {
        if (workspace.store() != store) {
            return;
        }
        ProjectionFrame frame = live.frame();
        status.set(captions.progress(frame.iteration(), frame.totalIterations(), frame.klDivergence()));
        workspace.setLayout(new MapLayout(live.rows(), frame.positions(), captions.dims(), captions.liveTitle(),
                List.of(), true));
    }

    private void showResult(VectorStore store, MapCaptions captions, ProjectionResult result) {
        if (workspace.store() != store) {
            return;
        }
        if (result.details() instanceof org.embedscope.model.projection.ProjectionDetails.Pca pca) {
            List<Double> first = new ArrayList<>();
            for (int i = 0; i < Math.min(20, pca.explainedVarianceRatio().length); i++) {
                first.add(pca.explainedVarianceRatio()[i]);
            }
            scree.setAll(first);
        }
        status.set(captions.finalStatus(result));
        if (!result.missing().isEmpty()) {
            message.set(String.format("%,d of the words %s not in the vocabulary and left out: %s",
                    result.missing().size(), result.missing().size() == 1 ? "is" : "are",
                    String.join(", ", result.missing())));
        }
        workspace.setLayout(new MapLayout(result.rows(), result.positions(), result.dims(), captions.title(result),
                captions.axes(result), false, result.spec()));
        if (afterNextLayout != null) {
            Runnable action = afterNextLayout;
            afterNextLayout = null;
            action.run();
        }
    }

    /** A t-SNE picture and the rows it places. */
    private record LiveFrame(int[] rows, ProjectionFrame frame) {
    }
}
