package org.embedscope.app.gui.bias;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.embedscope.app.data.bias.BiasListFiles;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.IndirectBias;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.io.WordListFile;

/**
 * The direction section: where the direction comes from, which words are scored on it, and the
 * analysis (explained variance, scores, extremes, DirectBias, the bias plane) computed in the background.
 */
public final class DirectionViewModel {
    private final Workspace workspace;
    private final Dialogs dialogs;
    private final TaskSlot analysing;
    private final TaskSlot loading;
    private final ObjectProperty<DirectionSource> source = new SimpleObjectProperty<>(this, "source");
    private final StringProperty first = new SimpleStringProperty(this, "first");
    private final StringProperty second = new SimpleStringProperty(this, "second");
    private final StringProperty expression = new SimpleStringProperty(this, "expression");
    private final StringProperty pairsFile = new SimpleStringProperty(this, "pairsFile", "");
    private final ObjectProperty<WordListSource> words = new SimpleObjectProperty<>(this, "words");
    private final StringProperty typedWords = new SimpleStringProperty(this, "typedWords");
    private final IntegerProperty withinFirst = new SimpleIntegerProperty(this, "withinFirst");
    private final DoubleProperty strictness = new SimpleDoubleProperty(this, "strictness");
    private final StringProperty indirectFirst = new SimpleStringProperty(this, "indirectFirst");
    private final StringProperty indirectSecond = new SimpleStringProperty(this, "indirectSecond");
    private final StringProperty planeAxis = new SimpleStringProperty(this, "planeAxis");
    private final ReadOnlyObjectWrapper<DirectionAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<IndirectBias> indirect = new ReadOnlyObjectWrapper<>(this, "indirect");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final RestoreGuard restoring = new RestoreGuard();
    private List<WordPair> filePairs = List.of();
    private String pairsPath = "";

    DirectionViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.analysing = new TaskSlot(executor);
        this.loading = new TaskSlot(executor);
        restore(DirectionState.DEFAULT);
        // Choices that need no typing take effect at once; typed inputs wait for Enter or Compute.
        source.addListener((o, old, value) -> reanalyseIf(value == DirectionSource.GENDER_PAIRS));
        words.addListener((o, old, value) -> reanalyseIf(value != WordListSource.TYPED));
        strictness.addListener((o, old, value) -> reanalyseIf(true));
        workspace.storeProperty().addListener((o, old, store) -> {
            analysing.cancel();
            analysis.set(null);
            indirect.set(null);
            message.set("");
            note.set("");
            // Cheap on any vocabulary (one pass over the most frequent words), and the panel is useful at once.
            analyse();
        });
    }

    public ObjectProperty<DirectionSource> sourceProperty() {
        return source;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    /** The pairs file's name once loaded, for display. */
    public ReadOnlyStringProperty pairsFileProperty() {
        return pairsFile;
    }

    public ObjectProperty<WordListSource> wordsProperty() {
        return words;
    }

    public StringProperty typedWordsProperty() {
        return typedWords;
    }

    public IntegerProperty withinFirstProperty() {
        return withinFirst;
    }

    public DoubleProperty strictnessProperty() {
        return strictness;
    }

    public StringProperty indirectFirstProperty() {
        return indirectFirst;
    }

    public StringProperty indirectSecondProperty() {
        return indirectSecond;
    }

    /** An expression for the plane's y axis; empty means the words' principal component. */
    public StringProperty planeAxisProperty() {
        return planeAxis;
    }

    /** The last analysis, or null before the first. */
    ReadOnlyObjectProperty<DirectionAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IndirectBias> indirectProperty() {
        return indirect.getReadOnlyProperty();
    }

    /** What went wrong with the last request; empty when it worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Words of the last analysis that the vocabulary does not have: reported, not an error. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    TaskSlot analysing() {
        return analysing;
    }

    private void reanalyseIf(boolean condition) {
        if (condition && !restoring.active()) {
            analyse();
        }
    }

    /** Computes the direction and everything about it in the background. */
    public void analyse() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        DirectionRequest request;
        try {
            request = request();
        } catch (RuntimeException e) {
            message.set(ErrorMessages.sentence(e));
            return;
        }
        analysing.start(BackgroundTask.of("bias direction", p -> DirectionAnalysis.run(store, request, p))
                .onSuccess(result -> {
                    if (workspace.store() == store) {
                        message.set("");
                        note.set(missingNote(result));
                        analysis.set(result);
                    }
                })
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    private DirectionRequest request() {
        DirectionSource chosen = source.get();
        List<WordPair> pairs = switch (chosen) {
            case GENDER_PAIRS -> BundledBiasLists.definitionalPairs();
            case PAIRS_FILE -> {
                if (filePairs.isEmpty() && pairsPath.isEmpty()) {
                    throw new IllegalArgumentException("Load a file of pairs first");
                }
                yield filePairs;
            }
            default -> List.of();
        };
        String listName;
        List<String> list;
        switch (words.get()) {
            case PROFESSIONS -> {
                listName = "the professions";
                list = BundledBiasLists.professionWords();
            }
            case SELECTION -> {
                listName = workspace.selectionProperty().get().isEmpty() ? "the selection"
                        : workspace.selectionProperty().get().name();
                list = workspace.selectionProperty().get().words();
                if (list.isEmpty()) {
                    throw new IllegalArgumentException("Nothing is selected on the map: select words first, "
                            + "for example with \u201cSelect these\u201d in Neighbours");
                }
            }
            default -> {
                listName = "your list";
                list = WordListFile.parse(text(typedWords).replace(',', '\n'));
            }
        }
        return new DirectionRequest(chosen, text(first), text(second), text(expression), pairs,
                pairs.isEmpty() ? pairsPath : "", listName, list, withinFirst.get(), strictness.get(), text(planeAxis));
    }

    private static String missingNote(DirectionAnalysis result) {
        List<String> notes = new ArrayList<>();
        if (!result.direction().missing().isEmpty()) {
            notes.add("Pairs left out, words not in the vocabulary: " + shortList(result.direction().missing()));
        }
        if (!result.words().missing().isEmpty()) {
            notes.add(result.words().missing().size() + " of " + result.words().asked() + " words of "
                    + result.words().name() + " are not in the vocabulary, so they are left out: "
                    + shortList(result.words().missing()));
        }
        return String.join("\n", notes);
    }

    private static String shortList(List<String> words) {
        return String.join(", ", words);
    }

    /** Asks for a pairs file (JSON [["she","he"], ...] or one pair per line) and uses it. */
    public void loadPairsFile() {
        dialogs.chooseFile("Choose a file of word pairs", null,
                List.of(new Dialogs.FileFilter("Pair lists", List.of("*.json", "*.txt", "*.csv", "*.tsv")),
                        Dialogs.FileFilter.ALL)).ifPresent(this::loadPairs);
    }

    void loadPairs(Path file) {
        loading.start(BackgroundTask.of("reading " + file.getFileName(), p -> BiasListFiles.readPairs(file))
                .quiet().onSuccess(pairs -> {
                    filePairs = List.copyOf(pairs);
                    pairsPath = file.toString();
                    pairsFile.set(file.getFileName() + " (" + pairs.size() + " pairs)");
                    source.set(DirectionSource.PAIRS_FILE);
                    analyse();
                }).onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    /** Bolukbasi's indirect bias between the two words, on the current direction. */
    public void computeIndirect() {
        VectorStore store = workspace.store();
        DirectionAnalysis current = analysis.get();
        if (store == null || current == null) {
            message.set("Compute the direction first");
            return;
        }
        try {
            indirect.set(IndirectBias.of(store, current.direction().unit(), text(indirectFirst), text(indirectSecond)));
        } catch (RuntimeException e) {
            indirect.set(null);
            message.set(ErrorMessages.sentence(e));
        }
    }

    DirectionState snapshot() {
        return new DirectionState(source.get(), first.get(), second.get(), expression.get(), pairsPath, words.get(),
                typedWords.get(), withinFirst.get(), strictness.get(), indirectFirst.get(), indirectSecond.get(),
                planeAxis.get());
    }

    void restore(DirectionState state) {
        restoring.during(() -> {
            if (!state.pairsFile().equals(pairsPath)) {
                filePairs = List.of();
                pairsPath = state.pairsFile();
                pairsFile.set(pairsPath.isEmpty() ? "" : java.nio.file.Path.of(pairsPath).getFileName().toString());
            }
            source.set(state.source());
            first.set(state.first());
            second.set(state.second());
            expression.set(state.expression());
            words.set(state.words());
            typedWords.set(state.typedWords());
            withinFirst.set(state.withinFirst());
            strictness.set(state.strictness());
            indirectFirst.set(state.indirectFirst());
            indirectSecond.set(state.indirectSecond());
            planeAxis.set(state.planeAxis());
        });
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
