package org.embedscope.app.gui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.embedscope.app.gui.map.MapColoring;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.PrefixIndex;

/**
 * What every view shares: the loaded dataset, its current map layout and the selected word. Views
 * observe it; selecting a word anywhere selects it everywhere. FX thread only.
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<VectorStore> store = new ReadOnlyObjectWrapper<>(this, "store");
    private final ReadOnlyObjectWrapper<PrefixIndex> prefixIndex = new ReadOnlyObjectWrapper<>(this, "prefixIndex");
    private final ReadOnlyObjectWrapper<MapLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<MapColoring> coloring = new ReadOnlyObjectWrapper<>(this, "coloring");

    public ReadOnlyObjectProperty<VectorStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public VectorStore store() {
        return store.get();
    }

    public ReadOnlyObjectProperty<PrefixIndex> prefixIndexProperty() {
        return prefixIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MapLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** How the map colours its points (frequency rank until a panel chooses otherwise). */
    public ReadOnlyObjectProperty<MapColoring> coloringProperty() {
        return coloring.getReadOnlyProperty();
    }

    public void setColoring(MapColoring value) {
        coloring.set(value);
    }

    /** The selected word's index in the store, or -1. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Swaps in a new dataset; the selection and the map are cleared until a new layout arrives. */
    public void setDataset(VectorStore newStore, PrefixIndex index) {
        selectedIndex.set(-1);
        layout.set(null);
        prefixIndex.set(index);
        coloring.set(MapColoring.byRank(newStore.size()));
        store.set(newStore);
    }

    public void setLayout(MapLayout newLayout) {
        layout.set(newLayout);
    }

    /** Selects a word if it exists; returns whether it did. */
    public boolean select(String word) {
        VectorStore current = store.get();
        int index = current == null ? -1 : current.indexOf(word);
        if (index >= 0) {
            selectedIndex.set(index);
        }
        return index >= 0;
    }
}
