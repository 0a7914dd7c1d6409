package org.embedscope.app.gui.workspace;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;

/**
 * What every panel shares: the loaded dataset, the map on screen and how it is coloured, the focused
 * word and the selected words. Panels observe it; focusing a word anywhere focuses it everywhere.
 * FX thread only.
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<VectorStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<PrefixIndex> prefixIndex = new ReadOnlyObjectWrapper<>(this, "prefixIndex");
    private final ReadOnlyObjectWrapper<MapLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<MapColoring> coloring = new ReadOnlyObjectWrapper<>(this, "coloring");
    private final javafx.collections.ObservableList<PlacedPoint> placed =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<PlacedPoint> readOnlyPlaced =
            javafx.collections.FXCollections.unmodifiableObservableList(placed);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<WordGroup> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", WordGroup.EMPTY);

    public ReadOnlyObjectProperty<VectorStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public VectorStore store() {
        return store.get();
    }

    /** Vocabulary words starting with the prefix, most frequent first, for completion popups. */
    public List<String> complete(String prefix) {
        PrefixIndex index = prefixIndex.get();
        return index == null || prefix == null ? List.of() : index.complete(prefix.strip(), 12);
    }

    /** The map on screen (null while the first one is computed). */
    public ReadOnlyObjectProperty<MapLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public MapLayout layout() {
        return layout.get();
    }

    public void setLayout(MapLayout newLayout) {
        if (newLayout != layout.get()) {
            placed.clear();
        }
        layout.set(newLayout);
    }

    /** Words and expressions placed onto the map on screen; a new map starts without any. */
    public javafx.collections.ObservableList<PlacedPoint> placed() {
        return readOnlyPlaced;
    }

    /** Adds a point placed onto the map on screen; one placed onto another map is ignored. */
    public void place(PlacedPoint point) {
        if (point.map() == layout.get()) {
            placed.removeIf(p -> p.label().equals(point.label()));
            placed.add(point);
        }
    }

    public void clearPlaced() {
        placed.clear();
    }

    /** How the map colours its points; the map falls back to frequency rank when it is for other points. */
    public ReadOnlyObjectProperty<MapColoring> coloringProperty() {
        return coloring.getReadOnlyProperty();
    }

    public void setColoring(MapColoring value) {
        coloring.set(value);
    }

    /** The focused word's row in the store, or -1. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The selected words, a named group other panels can use (project them, for instance). */
    public ReadOnlyObjectProperty<WordGroup> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public void select(WordGroup group) {
        selection.set(group == null ? WordGroup.EMPTY : group);
    }

    /** Swaps in a new dataset; focus, selection and map are cleared until a new map arrives. */
    public void setDataset(VectorStore newStore, PrefixIndex index) {
        selectedIndex.set(-1);
        selection.set(WordGroup.EMPTY);
        placed.clear();
        layout.set(null);
        coloring.set(null);
        prefixIndex.set(index);
        store.set(newStore);
    }

    /** Focuses a word if it exists (falling back to lower case); returns whether it did. */
    public boolean focus(String word) {
        VectorStore current = store.get();
        if (current == null || word == null) {
            return false;
        }
        int index = current.indexOf(word);
        if (index < 0) {
            index = current.indexOf(word.toLowerCase(java.util.Locale.ROOT));
        }
        if (index >= 0) {
            selectedIndex.set(index);
        }
        return index >= 0;
    }
}
