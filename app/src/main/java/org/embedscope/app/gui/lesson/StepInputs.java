package org.embedscope.app.gui.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Merges a step's inputs for one panel over that panel's current state, as JSON: objects field by
 * field, so a step names only what it changes. A list where the state holds text (a word list) is
 * joined one item per line, which keeps long word lists readable in the lesson file.
 */
final class StepInputs {
    private StepInputs() {
    }

    /**
     * @param state the panel's current state as JSON, changed in place
     * @return the fields the patch names that the state does not have (a misspelt input), by path
     */
    static List<String> merge(ObjectNode state, JsonNode patch, String path) {
        List<String> unknown = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = state.get(name);
            if (!state.has(name)) {
                unknown.add(path + name);
            } else if (current != null && current.isObject() && value.isObject()) {
                unknown.addAll(merge((ObjectNode) current, value, path + name + "."));
            } else if (current != null && current.isTextual() && value.isArray()) {
                state.set(name, TextNode.valueOf(joinLines(value)));
            } else {
                state.set(name, value);
            }
        }
        return unknown;
    }

    /** A later step's patch over an earlier one's, field by field; nothing is checked against a state here. */
    static JsonNode overlay(JsonNode earlier, JsonNode later) {
        if (!earlier.isObject() || !later.isObject()) {
            return later.deepCopy();
        }
        ObjectNode result = (ObjectNode) earlier;
        Iterator<Map.Entry<String, JsonNode>> fields = later.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode before = result.get(field.getKey());
            result.set(field.getKey(), before == null ? field.getValue().deepCopy() : overlay(before, field.getValue()));
        }
        return result;
    }

    private static String joinLines(JsonNode items) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : items) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(item.asText());
        }
        return text.toString();
    }
}
