package org.embedscope.app.gui.panel;

import javafx.beans.value.ObservableValue;
import org.embedscope.app.gui.map.MapAnnotations;

/** The view model of a side panel: its state, and the marks it wants on the map while it is in front. */
public interface PanelModel<S extends Record> extends Stateful<S> {
    ObservableValue<MapAnnotations> mapAnnotations();

    /**
     * The panel's commands by name, each doing what one of the panel's buttons does with its current
     * inputs ("search", "solve", "project"...). What drives the app from data (a lesson step) sets a
     * panel's inputs with {@link #restore} and then runs these; names are part of the lesson format.
     */
    default java.util.Map<String, Runnable> commands() {
        return java.util.Map.of();
    }

    /** True while the panel's marks should stay on the map when another panel is in front. */
    default ObservableValue<Boolean> marksPinned() {
        return new javafx.beans.property.SimpleBooleanProperty(false);
    }
}
