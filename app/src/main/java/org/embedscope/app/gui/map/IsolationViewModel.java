package org.embedscope.app.gui.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;

/**
 * Isolating the selection: the map shows only the selected words (and, if asked, their nearest
 * neighbours that are on the map), at the places they had, fitted to the view; "show all" brings
 * the whole map back. Nothing is recomputed, so the isolated picture is the same map, closer up.
 */
public final class IsolationViewModel {
    private final Workspace workspace;
    private final TaskSlot isolating;
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours", 0);
    private final ReadOnlyBooleanWrapper isolated = new ReadOnlyBooleanWrapper(this, "isolated");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private MapLayout full;
    private MapColoring fullColoring;
    private MapLayout part;

    public IsolationViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.isolating = new TaskSlot(executor);
        workspace.selectionProperty().addListener((o, old, selection) -> describe());
        workspace.layoutProperty().addListener((o, old, layout) -> {
            if (layout != part && layout != full) {
                // A new map replaces the isolated one: there is nothing to go back to.
                full = null;
                part = null;
                isolated.set(false);
            }
        });
    }

    /** How many nearest neighbours of each selected word to show with it (0: none). */
    public IntegerProperty neighboursProperty() {
        return neighbours;
    }

    public ReadOnlyBooleanProperty isolatedProperty() {
        return isolated.getReadOnlyProperty();
    }

    /** "12 words in a lasso" while something is selected; empty otherwise. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void describe() {
        WordGroup selection = workspace.selectionProperty().get();
        summary.set(selection.isEmpty() ? "" : selection.name());
        message.set("");
    }

    /** Shows only the selection (with neighbours if asked) on the current map. */
    public void isolate() {
        VectorStore store = workspace.store();
        MapLayout layout = isolated.get() ? full : workspace.layout();
        WordGroup selection = workspace.selectionProperty().get();
        if (store == null || layout == null || selection.isEmpty()) {
            message.set("Select words first: Shift-drag a box or Ctrl-drag a lasso on the map");
            return;
        }
        int k = neighbours.get();
        MapColoring coloring = isolated.get() ? fullColoring : workspace.coloringProperty().get();
        isolating.start(BackgroundTask.of("isolating the selection", p -> {
            Set<Integer> rows = new LinkedHashSet<>();
            NeighborSearch search = k > 0 ? new NeighborSearch(store) : null;
            for (String word : selection.words()) {
                p.checkCancelled();
                int row = store.indexOf(word);
                if (row >= 0) {
                    rows.add(row);
                    if (search != null) {
                        for (Neighbor n : search.nearest(word, k)) {
                            rows.add(n.index());
                        }
                    }
                }
            }
            return subset(layout, rows);
        }).onSuccess(subset -> show(layout, coloring, subset))
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    private void show(MapLayout layout, MapColoring coloring, MapLayout subset) {
        if (subset.points() == 0) {
            message.set("None of the selected words is on this map");
            return;
        }
        full = layout;
        fullColoring = coloring;
        part = subset;
        workspace.setLayout(subset);
        if (coloring != null && coloring.fits(layout)) {
            workspace.setColoring(subsetColoring(coloring, layout, subset));
        }
        isolated.set(true);
    }

    /** Brings the whole map back, as it was. */
    public void showAll() {
        if (!isolated.get() || full == null) {
            return;
        }
        MapLayout whole = full;
        MapColoring coloring = fullColoring;
        part = null;
        workspace.setLayout(whole);
        if (coloring != null) {
            workspace.setColoring(coloring);
        }
        full = null;
        isolated.set(false);
    }

    public void clearSelection() {
        workspace.select(WordGroup.EMPTY);
    }

    /** The layout's points whose rows are in {@code rows}, in the layout's order. */
    static MapLayout subset(MapLayout layout, Set<Integer> rows) {
        List<Integer> points = new ArrayList<>();
        for (int p = 0; p < layout.points(); p++) {
            if (rows.contains(layout.rows()[p])) {
                points.add(p);
            }
        }
        int dims = layout.dims();
        int[] subsetRows = new int[points.size()];
        float[] positions = new float[points.size() * dims];
        for (int i = 0; i < subsetRows.length; i++) {
            int p = points.get(i);
            subsetRows[i] = layout.rows()[p];
            System.arraycopy(layout.positions(), p * dims, positions, i * dims, dims);
        }
        return new MapLayout(subsetRows, positions, dims, layout.title(), layout.axes(), false);
    }

    private static MapColoring subsetColoring(MapColoring coloring, MapLayout layout, MapLayout subset) {
        int[] colors = new int[subset.points()];
        int s = 0;
        for (int p = 0; p < layout.points() && s < colors.length; p++) {
            if (layout.rows()[p] == subset.rows()[s]) {
                colors[s++] = coloring.colors()[p];
            }
        }
        return new MapColoring(subset.rows(), colors, coloring.title(), coloring.legend());
    }
}
