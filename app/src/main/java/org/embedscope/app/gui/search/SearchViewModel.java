package org.embedscope.app.gui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.embedscope.app.gui.panel.Stateful;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.find.MatchMode;
import org.embedscope.model.find.SearchQuery;
import org.embedscope.model.find.SearchResult;
import org.embedscope.model.find.WordFinder;

/**
 * The search bar above the panels: words (or a metadata column) that contain a text, match it as a
 * whole word, a wildcard pattern or a regular expression. Results update as the user types, are
 * marked on the map whatever panel is in front, and can become the selection.
 */
public final class SearchViewModel implements Stateful<SearchState> {
    /** Listed and marked at most; all matches are counted. */
    public static final int LISTED = 500;
    private static final int MARKED = 200;
    private final Workspace workspace;
    private final TaskSlot searching;
    private final StringProperty pattern = new SimpleStringProperty(this, "pattern", "");
    private final ObjectProperty<MatchMode> mode = new SimpleObjectProperty<>(this, "mode", MatchMode.CONTAINS);
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty(this, "ignoreCase", true);
    private final StringProperty column = new SimpleStringProperty(this, "column", "");
    private final ObservableList<SearchResult.Match> matches = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<SearchResult.Match> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private final RestoreGuard restoring = new RestoreGuard();
    private SearchResult last;

    public SearchViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.searching = new TaskSlot(executor);
        pattern.addListener((o, old, value) -> searchUnlessRestoring());
        mode.addListener((o, old, value) -> searchUnlessRestoring());
        ignoreCase.addListener((o, old, value) -> searchUnlessRestoring());
        column.addListener((o, old, value) -> searchUnlessRestoring());
        workspace.storeProperty().addListener((o, old, store) -> {
            columns.setAll(store == null ? List.of() : store.metadata().columns());
            if (!columns.contains(column.get())) {
                column.set("");
            }
            search();
        });
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public ObjectProperty<MatchMode> modeProperty() {
        return mode;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    /** A metadata column to search, or empty for the words. */
    public StringProperty columnProperty() {
        return column;
    }

    /** The dataset's metadata columns. */
    public ObservableList<String> columns() {
        return columnsView;
    }

    public ObservableList<SearchResult.Match> matches() {
        return matchesView;
    }

    /** "46 words", "no word matches" or "1,234 words, the first 500 listed"; empty without a pattern. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The listed matches, marked on the map. */
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return annotations.getReadOnlyProperty();
    }

    private void searchUnlessRestoring() {
        if (!restoring.active()) {
            search();
        }
    }

    /** Searches in the background; an empty pattern clears the results. */
    public void search() {
        VectorStore store = workspace.store();
        String text = pattern.get() == null ? "" : pattern.get();
        if (store == null || text.isEmpty()) {
            searching.cancel();
            show(null);
            message.set("");
            return;
        }
        SearchQuery query;
        try {
            query = new SearchQuery(text, mode.get(), ignoreCase.get(), column.get()).validated();
        } catch (IllegalArgumentException e) {
            searching.cancel();
            show(null);
            message.set(ErrorMessages.sentence(e));
            return;
        }
        searching.start(BackgroundTask.of("search", p -> WordFinder.find(store, query, LISTED, p)).quiet()
                .onSuccess(result -> {
                    if (workspace.store() == store) {
                        message.set("");
                        show(result);
                    }
                })
                .onFailure(failure -> {
                    show(null);
                    message.set(ErrorMessages.sentence(failure));
                }));
    }

    private void show(SearchResult result) {
        last = result;
        matches.setAll(result == null ? List.of() : result.matches());
        summary.set(result == null ? "" : result.total() == 0 ? "no word matches"
                : result.total() > result.matches().size()
                        ? String.format("%,d words, the first %,d listed", result.total(), result.matches().size())
                        : String.format("%,d word%s", result.total(), result.total() == 1 ? "" : "s"));
        List<MapAnnotations.Mark> marks = new ArrayList<>();
        if (result != null) {
            for (int i = 0; i < Math.min(MARKED, result.matches().size()); i++) {
                marks.add(new MapAnnotations.Mark(result.matches().get(i).index(), MapColors.SEARCH));
            }
        }
        annotations.set(marks.isEmpty() ? MapAnnotations.NONE : new MapAnnotations(marks, List.of()));
    }

    /** Focuses a match on the map. */
    public void focus(SearchResult.Match match) {
        if (match != null) {
            workspace.selectedIndexProperty().set(match.index());
        }
    }

    /** Makes the listed matches the selection, named after the pattern. */
    public void selectMatches() {
        if (last == null || last.matches().isEmpty()) {
            return;
        }
        List<String> words = last.matches().stream().map(SearchResult.Match::word).toList();
        workspace.select(new WordGroup("words matching \u201c" + pattern.get() + "\u201d", words));
    }

    @Override
    public SearchState snapshot() {
        return new SearchState(pattern.get(), mode.get(), ignoreCase.get(), column.get());
    }

    @Override
    public void restore(SearchState state) {
        restoring.during(() -> {
            pattern.set(state.pattern());
            mode.set(state.mode());
            ignoreCase.set(state.ignoreCase());
            column.set(state.column());
        });
        // Results of the old pattern would not match the restored one; a search brings new ones.
        show(null);
    }

    @Override
    public Class<SearchState> stateType() {
        return SearchState.class;
    }
}
