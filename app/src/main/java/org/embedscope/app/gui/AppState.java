package org.embedscope.app.gui;

import java.util.Map;
import org.embedscope.app.gui.map.MapState;

/**
 * Everything the window's inputs say, as data: each panel's state record by panel id, and the map's.
 * Sessions save and restore it.
 */
public record AppState(Map<String, Record> panels, MapState map) {
    public AppState {
        panels = Map.copyOf(panels);
    }
}
