package org.embedscope.app.gui.bias;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import org.embedscope.model.io.WordListFile;

/**
 * The debiasing section: hard-debias a copy of the vectors along the current direction, compare
 * chosen words before and after, show the cost on the benchmarks and what clustering still finds,
 * and export the debiased vectors.
 */
public final class DebiasViewModel {
    private final Workspace workspace;
    private final Dialogs dialogs;
    private final Supplier<double[]> direction;
    private final TaskSlot debiasing;
    private final TaskSlot exporting;
    private final StringProperty compareWords = new SimpleStringProperty(this, "compareWords");
    private final ReadOnlyObjectWrapper<DebiasOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param direction the direction to remove: the direction section's current one */
    DebiasViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs, Supplier<double[]> direction) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.direction = direction;
        this.debiasing = new TaskSlot(executor);
        this.exporting = new TaskSlot(executor);
        restore(DebiasState.DEFAULT);
        workspace.storeProperty().addListener((o, old, store) -> {
            debiasing.cancel();
            outcome.set(null);
            message.set("");
        });
    }

    public StringProperty compareWordsProperty() {
        return compareWords;
    }

    ReadOnlyObjectProperty<DebiasOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    TaskSlot debiasing() {
        return debiasing;
    }

    /** Debiases a copy in the background; the loaded vectors stay as they are. */
    public void run() {
        VectorStore store = workspace.store();
        double[] g = direction.get();
        if (store == null) {
            return;
        }
        if (g == null) {
            message.set("Compute a direction first (Direction, above)");
            return;
        }
        List<String> words = WordListFile.parse(compareWords.get() == null ? "" : compareWords.get().replace(',', '\n'));
        debiasing.start(BackgroundTask.of("hard debiasing", p -> DebiasOutcome.run(store, g, words, p))
                .onSuccess(value -> {
                    if (workspace.store() == store) {
                        message.set(value.compared().missing().isEmpty() ? ""
                                : "Not in the vocabulary: " + String.join(", ", value.compared().missing()));
                        outcome.set(value);
                    }
                })
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    /** Asks where to write the debiased vectors; the extension picks the format. */
    public void export() {
        DebiasOutcome current = outcome.get();
        if (current == null) {
            message.set("Debias first, then export");
            return;
        }
        dialogs.chooseSaveFile("Export the debiased vectors", "debiased.txt", List.of(
                new Dialogs.FileFilter("GloVe text (*.txt)", List.of("*.txt")),
                new Dialogs.FileFilter("word2vec / fastText text (*.vec)", List.of("*.vec")),
                new Dialogs.FileFilter("word2vec binary (*.bin)", List.of("*.bin")),
                new Dialogs.FileFilter("Embedding Projector TSV (*.tsv)", List.of("*.tsv"))))
                .ifPresent(file -> exportTo(current, file));
    }

    void exportTo(DebiasOutcome current, Path file) {
        VectorFormat format = formatFor(file);
        exporting.start(BackgroundTask.of("exporting " + file.getFileName(),
                p -> VectorFiles.save(current.result().vectors(), file, format, p))
                .onSuccess(written -> dialogs.showInformation("Debiased vectors exported",
                        "Wrote " + written.size() + (written.size() == 1 ? " file: " : " files: ") + file
                                + " (" + format.id() + ")"))
                .onFailure(failure -> dialogs.showError("Could not export", ErrorMessages.sentence(failure))));
    }

    static VectorFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".bin")) {
            return VectorFormat.WORD2VEC_BINARY;
        }
        if (name.endsWith(".vec")) {
            return VectorFormat.WORD2VEC;
        }
        return name.endsWith(".tsv") ? VectorFormat.TSV : VectorFormat.GLOVE;
    }

    DebiasState snapshot() {
        return new DebiasState(compareWords.get());
    }

    void restore(DebiasState state) {
        compareWords.set(state.compareWords());
    }
}
