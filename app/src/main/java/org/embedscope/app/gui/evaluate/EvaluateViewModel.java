package org.embedscope.app.gui.evaluate;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.embedscope.app.data.BundledEvaluationSets;
import org.embedscope.app.gui.UserMessages;
import org.embedscope.app.gui.Workspace;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.app.gui.tasks.TaskHandle;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyEvaluation;
import org.embedscope.model.eval.AnalogyReport;
import org.embedscope.model.eval.SimilarityEvaluation;
import org.embedscope.model.eval.SimilarityReport;

/**
 * The evaluation panel: runs an analogy benchmark (the bundled Google set or a user's file) and a
 * word-similarity benchmark (bundled WordSim-353 or a user's file) with gensim's semantics, in the
 * background with progress and cancel.
 */
public final class EvaluateViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Path> analogyFile = new SimpleObjectProperty<>(this, "analogyFile");
    private final ObjectProperty<Path> similarityFile = new SimpleObjectProperty<>(this, "similarityFile");
    private final IntegerProperty restrict = new SimpleIntegerProperty(this, "restrict", AnalogyEvaluation.DEFAULT_RESTRICT);
    private final ObjectProperty<AnalogyMethod> method = new SimpleObjectProperty<>(this, "method", AnalogyMethod.ADD);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<AnalogyReport> analogyReport = new ReadOnlyObjectWrapper<>(this, "analogyReport");
    private final ReadOnlyObjectWrapper<SimilarityReport> similarityReport =
            new ReadOnlyObjectWrapper<>(this, "similarityReport");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private TaskHandle current;

    public EvaluateViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
            cancel();
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
        return running.getReadOnlyProperty();
    }

    /** 0..1 while running, negative while unknown (the status bar's progress, which shows this task). */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
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

    public void runAnalogies() {
        VectorStore store = workspace.store();
        if (store == null || running.get()) {
            return;
        }
        Path chosen = analogyFile.get();
        int limit = restrict.get();
        AnalogyMethod how = method.get();
        start("Evaluating analogies", p -> {
            return chosen != null ? AnalogyEvaluation.run(store, chosen, limit, how, p)
                    : AnalogyEvaluation.run(store, BundledEvaluationSets.googleAnalogies(), limit, how, p);
        }, analogyReport::set);
    }

    public void runSimilarity() {
        VectorStore store = workspace.store();
        if (store == null || running.get()) {
            return;
        }
        Path chosen = similarityFile.get();
        // The candidates limit belongs to the analogy test; word pairs use gensim's default vocabulary.
        start("Evaluating word similarity", p -> {
            if (chosen != null) {
                return SimilarityEvaluation.run(store, chosen, SimilarityEvaluation.DEFAULT_RESTRICT, "\t");
            }
            try (java.io.InputStream in = BundledEvaluationSets.open(BundledEvaluationSets.WORDSIM_353)) {
                return SimilarityEvaluation.run(store, BundledEvaluationSets.WORDSIM_353, in,
                        SimilarityEvaluation.DEFAULT_RESTRICT, "\t");
            }
        }, similarityReport::set);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
            running.set(false);
        }
    }

    private <T> void start(String title, org.embedscope.app.gui.tasks.Work<T> work, java.util.function.Consumer<T> done) {
        message.set("");
        running.set(true);
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = tasks.run(title, work, result -> {
            if (current == handle[0]) {
                current = null;
                running.set(false);
                done.accept(result);
            }
        }, failure -> {
            if (current == handle[0]) {
                current = null;
                running.set(false);
                message.set(UserMessages.describe(failure));
            }
        });
        current = handle[0];
    }

    /** The sections of the last analogy report without gensim's summary line, for tables and charts. */
    public static List<AnalogyReport.SectionScore> sectionsOf(AnalogyReport report) {
        return report.sections().stream().filter(s -> !AnalogyReport.TOTAL_SECTION.equals(s.name())).toList();
    }
}
