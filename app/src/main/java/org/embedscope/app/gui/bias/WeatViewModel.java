package org.embedscope.app.gui.bias;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.embedscope.app.data.bias.BiasListFiles;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.data.bias.WeatTest;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.Weat;
import org.embedscope.model.bias.WeatResult;
import org.embedscope.model.bias.WordSet;
import org.embedscope.model.io.WordListFile;

/**
 * The WEAT section: a bundled test picked from a list (no typing), or four word lists typed,
 * loaded from files or taken from the map's selection; the result with its plain-language reading.
 */
public final class WeatViewModel {
    /** The choice that means "the four lists below". */
    public static final String CUSTOM = "custom";
    private final Workspace workspace;
    private final Dialogs dialogs;
    private final TaskSlot testing;
    private final TaskSlot loading;
    private final StringProperty test = new SimpleStringProperty(this, "test");
    private final StringProperty x = new SimpleStringProperty(this, "x");
    private final StringProperty y = new SimpleStringProperty(this, "y");
    private final StringProperty a = new SimpleStringProperty(this, "a");
    private final StringProperty b = new SimpleStringProperty(this, "b");
    private final IntegerProperty permutations = new SimpleIntegerProperty(this, "permutations");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final ReadOnlyObjectWrapper<WeatResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final List<WeatTest> bundled = BundledBiasLists.weatTests();
    private final RestoreGuard restoring = new RestoreGuard();

    WeatViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.testing = new TaskSlot(executor);
        this.loading = new TaskSlot(executor);
        restore(WeatState.DEFAULT);
        test.addListener((o, old, id) -> {
            if (!restoring.active()) {
                fillFromTest(id);
                if (!CUSTOM.equals(id)) {
                    run();
                }
            }
        });
        workspace.storeProperty().addListener((o, old, store) -> {
            testing.cancel();
            result.set(null);
            message.set("");
            run();
        });
    }

    /** The bundled tests, for the picker. */
    public List<WeatTest> bundledTests() {
        return bundled;
    }

    /** A bundled test's id, or {@link #CUSTOM}. */
    public StringProperty testProperty() {
        return test;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    public StringProperty aProperty() {
        return a;
    }

    public StringProperty bProperty() {
        return b;
    }

    public IntegerProperty permutationsProperty() {
        return permutations;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyObjectProperty<WeatResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    TaskSlot testing() {
        return testing;
    }

    /** Shows a bundled test's words in the four lists, so the user sees what is compared. */
    private void fillFromTest(String id) {
        WeatTest chosen = bundled.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        if (chosen != null) {
            x.set(listText(chosen.x()));
            y.set(listText(chosen.y()));
            a.set(listText(chosen.a()));
            b.set(listText(chosen.b()));
        }
    }

    private static String listText(WeatTest.NamedWords words) {
        return words.name() + ": " + String.join(", ", words.words());
    }

    /** Runs the test in the background. */
    public void run() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        int count = permutations.get();
        long chosenSeed = seed.get();
        String[] texts = {text(x), text(y), text(a), text(b)};
        String[] fallback = {"X", "Y", "A", "B"};
        testing.start(BackgroundTask.of("WEAT", p -> {
            WordSet[] sets = new WordSet[4];
            for (int i = 0; i < 4; i++) {
                sets[i] = parseSet(store, texts[i], fallback[i]);
            }
            return Weat.run(store, sets[0], sets[1], sets[2], sets[3], count, chosenSeed, p);
        }).onSuccess(value -> {
            message.set("");
            result.set(value);
        }).onFailure(failure -> {
            result.set(null);
            message.set(ErrorMessages.sentence(failure));
        }));
    }

    /** "name: w1, w2, ..." or just words separated by commas or lines. */
    static WordSet parseSet(VectorStore store, String text, String fallbackName) {
        String name = fallbackName;
        String body = text;
        int colon = text.indexOf(':');
        if (colon > 0 && !text.substring(0, colon).contains(",")) {
            name = text.substring(0, colon).strip();
            body = text.substring(colon + 1);
        }
        return WordSet.resolve(store, name, WordListFile.parse(body.replace(',', '\n')));
    }

    /** Fills one list (0 = X, 1 = Y, 2 = A, 3 = B) from a file: a JSON array or one word per line. */
    public void loadList(int which) {
        dialogs.chooseFile("Choose a word list (JSON array or one word per line)", null,
                List.of(new Dialogs.FileFilter("Word lists", List.of("*.json", "*.txt", "*.csv")),
                        Dialogs.FileFilter.ALL)).ifPresent(file -> loadList(which, file));
    }

    void loadList(int which, Path file) {
        loading.start(BackgroundTask.of("reading " + file.getFileName(), p -> BiasListFiles.readWords(file))
                .quiet().onSuccess(words -> {
                    test.set(CUSTOM);
                    String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                    property(which).set(name + ": " + String.join(", ", words));
                }).onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    /** Fills one list with the map's selection. */
    public void useSelection(int which) {
        var selection = workspace.selectionProperty().get();
        if (selection.isEmpty()) {
            message.set("Nothing is selected on the map");
            return;
        }
        test.set(CUSTOM);
        property(which).set(selection.name() + ": " + String.join(", ", selection.words()));
    }

    private StringProperty property(int which) {
        return switch (which) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> a;
            default -> b;
        };
    }

    WeatState snapshot() {
        return new WeatState(test.get(), x.get(), y.get(), a.get(), b.get(), permutations.get(), seed.get());
    }

    void restore(WeatState state) {
        restoring.during(() -> {
            test.set(state.test());
            fillFromTest(state.test());
            if (CUSTOM.equals(state.test())) {
                x.set(state.x());
                y.set(state.y());
                a.set(state.a());
                b.set(state.b());
            }
            permutations.set(state.permutations());
            seed.set(state.seed());
        });
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }
}
