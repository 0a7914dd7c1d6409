package org.embedscope.app.gui.evaluate;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.embedscope.app.data.BundledEvaluationSets;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.task.Work;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyEvaluation;
import org.embedscope.model.eval.AnalogyReport;
import org.embedscope.model.eval.SimilarityEvaluation;
import org.embedscope.model.eval.SimilarityReport;

/**
 * The evaluation panel: an analogy benchmark (the bundled Google set or a user's file) and a
 * word-similarity benchmark (bundled WordSim-353 or a user's file) with gensim's semantics, in the
 * background with this panel's own progress and cancel.
 */
public final class EvaluateViewModel implements PanelModel<EvaluateState> {
    private static final List<Dialogs.FileFilter> TEXT_FILES = List.of(
            new Dialogs.FileFilter("Text files", List.of("*.txt", "*.tsv", "*.csv")), Dialogs.FileFilter.ALL);

    private final Workspace workspace;
    private final Dialogs dialogs;
    private final TaskSlot evaluation;
    private final ObjectProperty<Path> analogyFile = new SimpleObjectProperty<>(this, "analogyFile");
    private final ObjectProperty<Path> similarityFile = new SimpleObjectProperty<>(this, "similarityFile");
    private final IntegerProperty restrict =
            new SimpleIntegerProperty(this, "restrict", EvaluateState.DEFAULT.restrict());
    private final ObjectProperty<AnalogyMethod> method =
            new SimpleObjectProperty<>(this, "method", EvaluateState.DEFAULT.method());
    private final ReadOnlyObjectWrapper<AnalogyReport> analogyReport = new ReadOnlyObjectWrapper<>(this, "analogyReport");
    private final ReadOnlyObjectWrapper<SimilarityReport> similarityReport =
            new ReadOnlyObjectWrapper<>(this, "similarityReport");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public EvaluateViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.evaluation = new TaskSlot(executor);
        workspace.storeProperty().addListener((o, old, store) -> {
            evaluation.cancel();
            analogyReport.set(null);
            similarityReport.set(null);
            message.set("");
        });
    }

    /** The analogy question file, or null for the bundled Google analogy set. */
    public ObjectProperty<Path> analogyFileProperty() {
        return analogyFile;
    }

    /** The word-pair file, or null for the bundled WordSim-353. */
    public ObjectProperty<Path> similarityFileProperty() {
        return similarityFile;
    }

    /** Only the first N words are candidates and questions with other words are skipped (gensim's restrict_vocab). */
    public IntegerProperty restrictProperty() {
        return restrict;
    }

    public ObjectProperty<AnalogyMethod> methodProperty() {
        return method;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return evaluation.runningProperty();
    }

    /** The progress of this panel's evaluation only: 0..1, negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return evaluation.progressProperty();
    }

    public ReadOnlyObjectProperty<AnalogyReport> analogyReportProperty() {
        return analogyReport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SimilarityReport> similarityReportProperty() {
        return similarityReport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return new SimpleObjectProperty<>(MapAnnotations.NONE);
    }

    public void chooseAnalogyFile() {
        dialogs.chooseFile("Choose an analogy question file", folderOf(analogyFile.get()), TEXT_FILES)
                .ifPresent(analogyFile::set);
    }

    public void chooseSimilarityFile() {
        dialogs.chooseFile("Choose a word-pair file (word1 TAB word2 TAB score)", folderOf(similarityFile.get()),
                TEXT_FILES).ifPresent(similarityFile::set);
    }

    private static Path folderOf(Path file) {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    public void runAnalogies() {
        VectorStore store = workspace.store();
        if (store == null || evaluation.isRunning()) {
            return;
        }
        Path chosen = analogyFile.get();
        int limit = restrict.get();
        AnalogyMethod how = method.get();
        start("Evaluating analogies", p -> chosen != null ? AnalogyEvaluation.run(store, chosen, limit, how, p)
                : AnalogyEvaluation.run(store, BundledEvaluationSets.googleAnalogies(), limit, how, p),
                analogyReport::set);
    }

    public void runSimilarity() {
        VectorStore store = workspace.store();
        if (store == null || evaluation.isRunning()) {
            return;
        }
        Path chosen = similarityFile.get();
        // The candidates limit belongs to the analogy test; word pairs use gensim's default vocabulary.
        start("Evaluating word similarity", p -> {
            if (chosen != null) {
                return SimilarityEvaluation.run(store, chosen, SimilarityEvaluation.DEFAULT_RESTRICT, "\t");
            }
            try (InputStream in = BundledEvaluationSets.open(BundledEvaluationSets.WORDSIM_353)) {
                return SimilarityEvaluation.run(store, BundledEvaluationSets.WORDSIM_353, in,
                        SimilarityEvaluation.DEFAULT_RESTRICT, "\t");
            }
        }, similarityReport::set);
    }

    public void cancel() {
        evaluation.cancel();
    }

    private <T> void start(String title, Work<T> work, Consumer<T> done) {
        message.set("");
        evaluation.start(BackgroundTask.of(title, work).onSuccess(done)
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    @Override
    public java.util.Map<String, Runnable> commands() {
        return java.util.Map.of("analogies", this::runAnalogies, "similarity", this::runSimilarity);
    }

    @Override
    public EvaluateState snapshot() {
        return new EvaluateState(analogyFile.get(), similarityFile.get(), restrict.get(), method.get());
    }

    @Override
    public void restore(EvaluateState state) {
        analogyFile.set(state.analogyFile());
        similarityFile.set(state.similarityFile());
        restrict.set(state.restrict());
        method.set(state.method());
    }

    @Override
    public Class<EvaluateState> stateType() {
        return EvaluateState.class;
    }

    /** The sections of the last analogy report without gensim's summary line, for tables and charts. */
    public static List<AnalogyReport.SectionScore> sectionsOf(AnalogyReport report) {
        return report.sections().stream().filter(s -> !AnalogyReport.TOTAL_SECTION.equals(s.name())).toList();
    }
}
