package org.embedscope.app.gui.neighbors;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapColors;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;

/**
 * The neighbours panel: a word or a vector expression typed by the user, its k nearest neighbours
 * under the chosen metric, and a message when a query cannot be answered. A single word is focused
 * everywhere; an expression such as {@code king - man + woman} is answered without moving the focus.
 */
public final class NeighborsViewModel implements PanelModel<NeighborsState> {
    private final Workspace workspace;
    private final TaskSlot queries;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", NeighborsState.DEFAULT.k());
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.COSINE);
    private final ObservableList<Neighbor> results = FXCollections.observableArrayList();
    private final ObservableList<Neighbor> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private NeighborSearch search;
    /** The expression being shown, or null when the neighbours are those of the focused word. */
    private String expression;
    private final RestoreGuard restoring = new RestoreGuard();
    private final PlacementViewModel placement;

    public NeighborsViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.queries = new TaskSlot(executor);
        this.placement = new PlacementViewModel(workspace, executor);
        search = workspace.store() == null ? null : new NeighborSearch(workspace.store());
        workspace.storeProperty().addListener((o, old, store) -> {
            queries.cancel();
            search = store == null ? null : new NeighborSearch(store);
            expression = null;
            results.clear();
            message.set("");
            heading.set("");
        });
        workspace.selectedIndexProperty().addListener((o, old, index) -> {
            expression = null;
            refresh();
        });
        k.addListener((o, old, value) -> refreshUnlessRestoring());
        metric.addListener((o, old, value) -> refreshUnlessRestoring());
        results.addListener((ListChangeListener<Neighbor>) c -> annotations.set(annotate()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public ObservableList<Neighbor> results() {
        return readOnlyResults;
    }

    /** Why the last query gave no answer (e.g. "unknown word: xyz"), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The focused word or the expression whose neighbours are shown. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return annotations.getReadOnlyProperty();
    }

    /** Word completions for the query field. */
    public List<String> complete(String prefix) {
        return workspace.complete(prefix);
    }

    /** Focuses the typed word everywhere, or answers the typed expression, or explains why not. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty() || workspace.store() == null) {
            return;
        }
        if (workspace.focus(text)) {
            message.set("");
            return;
        }
        if (looksLikeExpression(text)) {
            expression = text;
            refresh();
            return;
        }
        List<String> close = complete(text);
        message.set("unknown word: " + text + (close.isEmpty() ? "" : " \u2014 did you mean " + String.join(", ",
                close.subList(0, Math.min(3, close.size()))) + "?"));
    }

    /** Focuses a word from the results list. */
    public void choose(Neighbor neighbor) {
        workspace.selectedIndexProperty().set(neighbor.index());
    }

    /** Makes the shown word and its neighbours the selection, for other panels to use. */
    public void selectResults() {
        if (results.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>();
        VectorStore store = workspace.store();
        int focused = workspace.selectedIndexProperty().get();
        if (expression == null && store != null && focused >= 0) {
            words.add(store.word(focused));
        }
        results.forEach(n -> words.add(n.word()));
        workspace.select(new WordGroup(heading.get() + " and its " + results.size() + " neighbours", words));
    }

    /** Drops the typed word or expression onto the map on screen. */
    public PlacementViewModel placement() {
        return placement;
    }

    /** Places the typed word or expression onto the map on screen without recomputing it. */
    public void placeOnMap() {
        placement.place(query.get());
    }

    @Override
    public java.util.Map<String, Runnable> commands() {
        return java.util.Map.of("search", this::search, "place", this::placeOnMap);
    }

    @Override
    public NeighborsState snapshot() {
        return new NeighborsState(query.get(), k.get(), metric.get());
    }

    @Override
    public void restore(NeighborsState state) {
        restoring.during(() -> {
            query.set(state.query());
            k.set(state.k());
            metric.set(state.metric());
        });
    }

    @Override
    public Class<NeighborsState> stateType() {
        return NeighborsState.class;
    }

    private static boolean looksLikeExpression(String text) {
        return text.contains(" ") || text.contains("*") || text.contains("(");
    }

    private void refreshUnlessRestoring() {
        if (!restoring.active()) {
            refresh();
        }
    }

    private void refresh() {
        VectorStore store = workspace.store();
        NeighborSearch current = search;
        if (store == null || current == null) {
            return;
        }
        int count = k.get();
        Metric chosen = metric.get();
        message.set("");
        if (expression != null) {
            String text = expression;
            heading.set(text);
            ask(BackgroundTask.of("neighbours of " + text, progress -> {
                VectorExpression parsed = VectorExpression.parse(text, store);
                WordForm form = chosen == Metric.COSINE ? WordForm.UNIT : WordForm.RAW;
                return current.nearest(parsed.evaluate(form), count, chosen, parsed.wordIndices());
            }), true);
            return;
        }
        int index = workspace.selectedIndexProperty().get();
        if (index < 0) {
            queries.cancel();
            results.clear();
            heading.set("");
            return;
        }
        String word = store.word(index);
        heading.set(word);
        query.set(word);
        ask(BackgroundTask.of("neighbours of " + word, progress -> current.nearest(word, count, chosen)), false);
    }

    private void ask(BackgroundTask<List<Neighbor>> task, boolean clearOnFailure) {
        queries.start(task.quiet().onSuccess(results::setAll).onFailure(failure -> {
            if (clearOnFailure) {
                results.clear();
            }
            message.set(ErrorMessages.describe(failure));
        }));
    }

    private MapAnnotations annotate() {
        List<MapAnnotations.Mark> marks = new ArrayList<>();
        for (Neighbor n : results) {
            marks.add(new MapAnnotations.Mark(n.index(), MapColors.NEIGHBOR));
        }
        return new MapAnnotations(marks, List.of());
    }
}
