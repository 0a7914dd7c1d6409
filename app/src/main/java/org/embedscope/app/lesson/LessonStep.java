package org.embedscope.app.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One step of a lesson: what to show and what to say. Applying it sets the panels' inputs (each
 * entry of {@code inputs} is merged over that panel's state, after the inputs of every step before
 * it, so a step names only what changes and can still be shown on its own), brings {@code panel} to the front, runs {@code run} one after the other ("panel.command",
 * each after the work of the one before), and then selects, focuses and positions the map.
 *
 * @param words  the words the step talks about; those missing from the vectors are reported and the
 *               lesson goes on without them
 * @param view   the map's viewport or 3D camera, as a saved map state; null to fit the data
 * @param show   the id of a part of the panel to open and scroll to (a section of the Bias panel), or null
 */
public record LessonStep(String title, String text, String panel, Map<String, JsonNode> inputs, List<String> run,
        List<String> words, List<String> select, String focus, JsonNode view, String show) {
    public LessonStep {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        run = run == null ? List.of() : List.copyOf(run);
        words = words == null ? List.of() : List.copyOf(words);
        select = select == null ? List.of() : List.copyOf(select);
    }
}
