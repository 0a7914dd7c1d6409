package org.embedscope.app.gui.analogy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.gui.UserMessages;
import org.embedscope.app.gui.Workspace;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColors;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.Analogies;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.AnalogyResult;
import org.embedscope.model.search.Neighbor;
import org.embedscope.render.scatter.Arrow;
import org.embedscope.render.scatter.Highlight;

/**
 * The analogy panel: a : b :: c : ? answered over the whole vocabulary with the chosen method,
 * the expected answer's rank, and the parallelogram a -> b, c -> answer on the map.
 */
public final class AnalogyViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final StringProperty a = new SimpleStringProperty(this, "a", "man");
    private final StringProperty b = new SimpleStringProperty(this, "b", "king");
    private final StringProperty c = new SimpleStringProperty(this, "c", "woman");
    private final StringProperty expected = new SimpleStringProperty(this, "expected", "queen");
    private final ObjectProperty<AnalogyMethod> method = new SimpleObjectProperty<>(this, "method", AnalogyMethod.ADD);
    private final BooleanProperty includeInputs = new SimpleBooleanProperty(this, "includeInputs", false);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 10);
    private final ObservableList<Neighbor> answers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper expectedRank = new ReadOnlyStringWrapper(this, "expectedRank", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);

    public AnalogyViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
            answers.clear();
            expectedRank.set("");
            message.set("");
            annotations.set(MapAnnotations.NONE);
        });
        method.addListener((o, old, value) -> resolveIfShown());
        includeInputs.addListener((o, old, value) -> resolveIfShown());
        k.addListener((o, old, value) -> resolveIfShown());
    }

    public StringProperty aProperty() {
        return a;
    }

    public StringProperty bProperty() {
        return b;
    }

    public StringProperty cProperty() {
        return c;
    }

    /** Optional: the answer the user expects, whose rank is reported. */
    public StringProperty expectedProperty() {
        return expected;
    }

    public ObjectProperty<AnalogyMethod> methodProperty() {
        return method;
    }

    public BooleanProperty includeInputsProperty() {
        return includeInputs;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObservableList<Neighbor> answers() {
        return FXCollections.unmodifiableObservableList(answers);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** For example "queen is the answer" or "queen ranks 3rd"; empty without an expected word. */
    public ReadOnlyStringProperty expectedRankProperty() {
        return expectedRank.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapAnnotations> annotationsProperty() {
        return annotations.getReadOnlyProperty();
    }

    public void applyPreset(AnalogyPreset preset) {
        a.set(preset.a());
        b.set(preset.b());
        c.set(preset.c());
        expected.set(preset.expected());
        solve();
    }

    /** Solves the analogy in the background; the answers replace the previous ones. */
    public void solve() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        String ta = text(a);
        String tb = text(b);
        String tc = text(c);
        if (ta.isEmpty() || tb.isEmpty() || tc.isEmpty()) {
            message.set("Fill in a, b and c: a is to b as c is to ?");
            return;
        }
        String want = text(expected);
        AnalogyMethod chosen = method.get();
        boolean include = includeInputs.get();
        int count = k.get();
        tasks.runLatest("analogy", progress -> {
            AnalogyResult result = Analogies.solve(store, ta, tb, tc, chosen, count, include);
            return new Solved(result, want.isEmpty() ? "" : describeRank(result, want));
        }, solved -> show(store, solved), failure -> {
            answers.clear();
            expectedRank.set("");
            annotations.set(MapAnnotations.NONE);
            message.set(UserMessages.describe(failure));
        });
    }

    private void resolveIfShown() {
        if (!answers.isEmpty()) {
            solve();
        }
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    private static String describeRank(AnalogyResult result, String want) {
        int rank;
        try {
            rank = result.rankOf(want);
        } catch (UnknownWordException e) {
            return want + " is not in the vocabulary";
        }
        if (rank == 0) {
            return want + " is one of the inputs, which are excluded";
        }
        return rank == 1 ? want + " is the answer \u2714" : want + " ranks " + ordinal(rank);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return String.format("%,d", n) + suffix;
    }

    private void show(VectorStore store, Solved solved) {
        if (workspace.store() != store) {
            return;
        }
        AnalogyResult result = solved.result;
        message.set("");
        answers.setAll(result.answers());
        expectedRank.set(solved.rank);
        annotations.set(annotate(result));
    }

    private static MapAnnotations annotate(AnalogyResult result) {
        List<Highlight> highlights = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        int ia = result.a().index();
        int ib = result.b().index();
        int ic = result.c().index();
        int answer = result.answers().isEmpty() ? -1 : result.answers().get(0).index();
        // Earlier highlights get the best label spots: the answer and the inputs come first.
        addIfWord(highlights, answer, MapColors.ANSWER);
        addIfWord(highlights, ia, MapColors.ANALOGY_SOURCE);
        addIfWord(highlights, ib, MapColors.ANALOGY_SOURCE);
        addIfWord(highlights, ic, MapColors.ANALOGY_TARGET);
        for (int i = 1; i < result.answers().size(); i++) {
            addIfWord(highlights, result.answers().get(i).index(), MapColors.CANDIDATE);
        }
        if (ia >= 0 && ib >= 0) {
            arrows.add(new Arrow(ia, ib, MapColors.ANALOGY_SOURCE, false));
        }
        if (ic >= 0 && answer >= 0) {
            arrows.add(new Arrow(ic, answer, MapColors.ANSWER, true));
        }
        return new MapAnnotations(highlights, arrows);
    }

    private static void addIfWord(List<Highlight> highlights, int index, javafx.scene.paint.Color color) {
        if (index >= 0 && highlights.stream().noneMatch(h -> h.index() == index)) {
            highlights.add(new Highlight(index, color));
        }
    }

    private record Solved(AnalogyResult result, String rank) {
    }
}
