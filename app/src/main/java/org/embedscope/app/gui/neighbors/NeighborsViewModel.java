package org.embedscope.app.gui.neighbors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;
import org.embedscope.model.search.PrefixIndex;
import org.embedscope.render.scatter.Highlight;

/**
 * The neighbours panel: a word or a vector expression typed by the user, its k nearest neighbours
 * under the chosen metric, and a message when a query cannot be answered. A single word is
 * selected everywhere; an expression such as {@code king - man + woman} is answered without
 * changing the selection.
 */
public final class NeighborsViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 10);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.COSINE);
    private final ObservableList<Neighbor> results = FXCollections.observableArrayList();
    private final ObservableList<Neighbor> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private NeighborSearch search;
    /** The expression being shown, or null when the neighbours are those of the selected word. */
    private String expression;

    public NeighborsViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
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
        k.addListener((o, old, value) -> refresh());
        metric.addListener((o, old, value) -> refresh());
        results.addListener((javafx.collections.ListChangeListener<Neighbor>) c -> annotations.set(annotate()));
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

    /** The selected word or the expression whose neighbours are shown. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The neighbours, highlighted on the map. */
    public ReadOnlyObjectProperty<MapAnnotations> annotationsProperty() {
        return annotations.getReadOnlyProperty();
    }

    /** Word completions for the query field. */
    public List<String> complete(String prefix) {
        PrefixIndex index = workspace.prefixIndexProperty().get();
        return index == null ? List.of() : index.complete(prefix.strip(), 12);
    }

    /** Selects the typed word everywhere, or answers the typed expression, or explains why not. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty() || workspace.store() == null) {
            return;
        }
        if (workspace.select(text) || workspace.select(text.toLowerCase(Locale.ROOT))) {
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

    /** Selects a word from the results list. */
    public void choose(Neighbor neighbor) {
        workspace.selectedIndexProperty().set(neighbor.index());
    }

    private static boolean looksLikeExpression(String text) {
        return text.contains(" ") || text.contains("*") || text.contains("(");
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
            tasks.runLatest("neighbors", progress -> {
                VectorExpression parsed = VectorExpression.parse(text, store);
                WordForm form = chosen == Metric.COSINE ? WordForm.UNIT : WordForm.RAW;
                return current.nearest(parsed.evaluate(form), count, chosen, parsed.wordIndices());
            }, results::setAll, failure -> {
                results.clear();
                message.set(UserMessages.describe(failure));
            });
            return;
        }
        int index = workspace.selectedIndexProperty().get();
        if (index < 0) {
            results.clear();
            heading.set("");
            return;
        }
        String word = store.word(index);
        heading.set(word);
        query.set(word);
        tasks.runLatest("neighbors", progress -> current.nearest(word, count, chosen), results::setAll,
                failure -> message.set(UserMessages.describe(failure)));
    }

    private MapAnnotations annotate() {
        List<Highlight> highlights = new ArrayList<>();
        for (Neighbor n : results) {
            highlights.add(new Highlight(n.index(), MapColors.NEIGHBOR));
        }
        return new MapAnnotations(highlights, List.of());
    }
}
