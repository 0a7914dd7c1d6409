package org.embedscope.app.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One picture of the window: the panel in front, every panel's inputs (by panel id), the map (points, colours,
 * viewport or camera), the selection, the focused word and the search.
 */
public record SessionView(String front, Map<String, JsonNode> panels, JsonNode map, JsonNode search, LayoutData layout,
        ColoringData coloring, String selectionName, List<String> selection, String focused) {
}
