package org.embedscope.app.gui.analogy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColors;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.Analogies;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.AnalogyResult;
import org.embedscope.model.search.Neighbor;

/**
 * The analogy panel: a : b :: c : ? answered over the whole vocabulary with the chosen method,
 * the expected answer's rank, and the parallelogram a -> b, c -> answer on the map.
 */
public final class AnalogyViewModel implements PanelModel<AnalogyState> {
    private final Workspace workspace;
    private final TaskSlot queries;
    private final StringProperty a = new SimpleStringProperty(this, "a", AnalogyState.DEFAULT.a());
    private final StringProperty b = new SimpleStringProperty(this, "b", AnalogyState.DEFAULT.b());
    private final StringProperty c = new SimpleStringProperty(this, "c", AnalogyState.DEFAULT.c());
    private final StringProperty expected = new SimpleStringProperty(this, "expected", AnalogyState.DEFAULT.expected());
    private final ObjectProperty<AnalogyMethod> method =
            new SimpleObjectProperty<>(this, "method", AnalogyState.DEFAULT.method());
    private final BooleanProperty includeInputs = new SimpleBooleanProperty(this, "includeInputs");
    private final BooleanProperty keepOnMap = new SimpleBooleanProperty(this, "keepOnMap");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", AnalogyState.DEFAULT.k());
    private final ObservableList<Neighbor> answers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper expectedRank = new ReadOnlyStringWrapper(this, "expectedRank", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private final RestoreGuard restoring = new RestoreGuard();

    public AnalogyViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.queries = new TaskSlot(executor);
        workspace.storeProperty().addListener((o, old, store) -> {
            queries.cancel();
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

    /** Keeps the parallelogram on the map when another panel comes to the front. */
    public BooleanProperty keepOnMapProperty() {
        return keepOnMap;
    }

    @Override
    public ObservableValue<Boolean> marksPinned() {
        return keepOnMap;
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

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return annotations.getReadOnlyProperty();
    }

    /** Word completions for the term fields. */
    public List<String> complete(String prefix) {
        return workspace.complete(prefix);
    }

    @Override
    public java.util.Map<String, Runnable> commands() {
        return java.util.Map.of("solve", this::solve);
    }

    @Override
    public AnalogyState snapshot() {
        return new AnalogyState(a.get(), b.get(), c.get(), expected.get(), method.get(), includeInputs.get(), k.get());
    }

    @Override
    public void restore(AnalogyState state) {
        restoring.during(() -> {
            a.set(state.a());
            b.set(state.b());
            c.set(state.c());
            expected.set(state.expected());
            method.set(state.method());
            includeInputs.set(state.includeInputs());
            k.set(state.k());
        });
    }

    @Override
    public Class<AnalogyState> stateType() {
        return AnalogyState.class;
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
        queries.start(BackgroundTask.of("analogy", progress -> {
            AnalogyResult result = Analogies.solve(store, ta, tb, tc, chosen, count, include);
            return new Solved(result, want.isEmpty() ? "" : describeRank(result, want));
        }).quiet().onSuccess(solved -> show(store, solved)).onFailure(failure -> {
            answers.clear();
            expectedRank.set("");
            annotations.set(MapAnnotations.NONE);
            message.set(ErrorMessages.describe(failure));
        }));
    }

    private void resolveIfShown() {
        if (!restoring.active() && !answers.isEmpty()) {
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
        List<MapAnnotations.Mark> marks = new ArrayList<>();
        List<MapAnnotations.Link> links = new ArrayList<>();
        int ia = result.a().index();
        int ib = result.b().index();
        int ic = result.c().index();
        int answer = result.answers().isEmpty() ? -1 : result.answers().get(0).index();
        // Earlier marks get the best label spots: the answer and the inputs come first.
        mark(marks, answer, MapColors.ANSWER);
        mark(marks, ia, MapColors.ANALOGY_SOURCE);
        mark(marks, ib, MapColors.ANALOGY_SOURCE);
        mark(marks, ic, MapColors.ANALOGY_TARGET);
        for (int i = 1; i < result.answers().size(); i++) {
            mark(marks, result.answers().get(i).index(), MapColors.CANDIDATE);
        }
        if (ia >= 0 && ib >= 0) {
            links.add(new MapAnnotations.Link(ia, ib, MapColors.ANALOGY_SOURCE, false));
        }
        if (ic >= 0 && answer >= 0) {
            links.add(new MapAnnotations.Link(ic, answer, MapColors.ANSWER, true));
        }
        return new MapAnnotations(marks, links);
    }

    private static void mark(List<MapAnnotations.Mark> marks, int row, javafx.scene.paint.Color color) {
        if (row >= 0 && marks.stream().noneMatch(m -> m.row() == row)) {
            marks.add(new MapAnnotations.Mark(row, color));
        }
    }

    private record Solved(AnalogyResult result, String rank) {
    }
}
