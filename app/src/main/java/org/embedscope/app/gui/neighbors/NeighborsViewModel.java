package org.embedscope.app.gui.neighbors;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.embedscope.app.gui.UserMessages;
import org.embedscope.app.gui.Workspace;
import org.embedscope.app.gui.tasks.BackgroundTasks;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;
import org.embedscope.model.search.PrefixIndex;

/**
 * The neighbours panel: a query typed by the user, the selected word's k nearest neighbours, and
 * a message when a query cannot be answered. Neighbours follow the shared selection.
 */
public final class NeighborsViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 10);
    private final ObservableList<Neighbor> results = FXCollections.observableArrayList();
    private final ObservableList<Neighbor> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private NeighborSearch search;

    public NeighborsViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        workspace.storeProperty().addListener((o, old, store) -> {
            search = store == null ? null : new NeighborSearch(store);
            results.clear();
            message.set("");
        });
        workspace.selectedIndexProperty().addListener((o, old, index) -> refresh());
        k.addListener((o, old, value) -> refresh());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public IntegerProperty kProperty() {
        return k;
    }

    public ObservableList<Neighbor> results() {
        return readOnlyResults;
    }

    /** Why the last query gave no answer (e.g. "unknown word: xyz"), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The selected word with its frequency rank, e.g. "king  #723". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Word completions for the query field. */
    public List<String> complete(String prefix) {
        PrefixIndex index = workspace.prefixIndexProperty().get();
        return index == null ? List.of() : index.complete(prefix.strip(), 12);
    }

    /** Selects the typed word everywhere, or explains why it cannot. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty() || workspace.store() == null) {
            return;
        }
        if (workspace.select(text) || workspace.select(text.toLowerCase(java.util.Locale.ROOT))) {
            message.set("");
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

    private void refresh() {
        VectorStore store = workspace.store();
        int index = workspace.selectedIndexProperty().get();
        NeighborSearch current = search;
        if (store == null || current == null || index < 0) {
            results.clear();
            heading.set("");
            return;
        }
        String word = store.word(index);
        heading.set(word);
        query.set(word);
        message.set("");
        int count = k.get();
        tasks.runLatest("neighbors", progress -> current.nearest(word, count), results::setAll,
                failure -> message.set(UserMessages.describe(failure)));
    }
}
