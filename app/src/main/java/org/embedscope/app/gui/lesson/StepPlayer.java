package org.embedscope.app.gui.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.map.MapState;
import org.embedscope.app.gui.panel.Panel;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.lesson.LessonStep;
import org.embedscope.app.session.SessionFiles;
import org.embedscope.model.VectorStore;

/**
 * Puts one lesson step on screen through the app's own contracts: each panel's inputs by
 * {@code restore}, its buttons by {@code commands()}, one after the work of the one before
 * ({@code whenIdle}), then the selection, the focused word and the map's view. What the step cannot
 * do (a word these vectors lack, an input the panel does not have) is reported and the rest goes on.
 */
final class StepPlayer {
    private static final ObjectMapper JSON = SessionFiles.json();
    // A lesson's view is written by hand: a misspelt field is an error, not a camera at zero.
    private static final ObjectMapper STRICT = JSON.copy()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AppComposition app;
    // A newer step makes the commands still queued for an older one do nothing.
    private int generation;

    StepPlayer(AppComposition app) {
        this.app = app;
    }

    /** Stops what a step still had queued. */
    void abandon() {
        generation++;
    }

    /**
     * @param report given one sentence per thing the step could not do (empty when it could do
     *               everything): once the inputs are set, and again if a later command fails to start
     */
    void play(org.embedscope.app.lesson.Lesson lesson, int index, Consumer<List<String>> report, Runnable settled) {
        this.settled = settled;
        play(lesson, index, report, true);
    }

    // Told when the commands of the step on screen have all finished their work.
    private Runnable settled = () -> { };

    /**
     * Sets the step up as {@link #play} does but runs none of its commands, only checks that they
     * exist: what a lesson author (and a test of every bundled step) needs, in no time.
     */
    List<String> check(org.embedscope.app.lesson.Lesson lesson, int index) {
        List<List<String>> reports = new ArrayList<>();
        play(lesson, index, reports::add, false);
        return reports.isEmpty() ? List.of() : reports.get(reports.size() - 1);
    }

    private void play(org.embedscope.app.lesson.Lesson lesson, int index, Consumer<List<String>> report,
            boolean runCommands) {
        LessonStep step = lesson.step(index);
        int mine = ++generation;
        List<String> problems = new ArrayList<>();
        VectorStore store = app.workspace().store();
        if (store == null) {
            report.accept(List.of("No vectors are open yet."));
            return;
        }
        if (runCommands) {
            // a step opens on its own, so words an earlier step placed onto the map go
            app.workspace().clearPlaced();
        }
        List<String> missing = missingWords(store, step);
        if (!missing.isEmpty()) {
            problems.add("Not in these vectors: " + String.join(", ", missing) + ". The lesson goes on without "
                    + (missing.size() == 1 ? "it." : "them."));
        }
        for (Map.Entry<String, JsonNode> input : inputsUpTo(lesson, index).entrySet()) {
            setInputs(input.getKey(), input.getValue(), problems);
        }
        if (step.panel() != null) {
            if (has(step.panel())) {
                app.frontPanelProperty().set(step.panel());
            } else {
                problems.add("the step shows a panel '" + step.panel() + "' that this version does not have");
            }
        }
        List<String> present = step.select().stream().filter(w -> store.lookup(w) >= 0).toList();
        app.workspace().select(present.isEmpty() ? WordGroup.EMPTY : new WordGroup(step.title(), present));
        if (runCommands) {
            report.accept(List.copyOf(problems));
            runInTurn(step, 0, mine, problems, report);
        } else {
            for (String command : step.run()) {
                if (command(command) == null) {
                    problems.add("the step runs '" + command + "', which this version does not have");
                }
            }
            if (step.view() != null) {
                try {
                    STRICT.treeToValue(step.view(), MapState.class);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add("the step's view is not a map view: " + e.getOriginalMessage());
                }
            }
            report.accept(List.copyOf(problems));
        }
    }

    /** Each panel's inputs as the steps up to this one left them: later steps' fields over earlier ones'. */
    private static Map<String, JsonNode> inputsUpTo(org.embedscope.app.lesson.Lesson lesson, int index) {
        Map<String, JsonNode> merged = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= index; i++) {
            for (Map.Entry<String, JsonNode> input : lesson.step(i).inputs().entrySet()) {
                JsonNode before = merged.get(input.getKey());
                merged.put(input.getKey(), before == null ? input.getValue().deepCopy()
                        : StepInputs.overlay(before.deepCopy(), input.getValue()));
            }
        }
        return merged;
    }

    private List<String> missingWords(VectorStore store, LessonStep step) {
        List<String> words = new ArrayList<>(step.words());
        words.addAll(step.select());
        if (step.focus() != null) {
            words.add(step.focus());
        }
        return words.stream().distinct().filter(w -> store.lookup(w) < 0).toList();
    }

    private void setInputs(String panelId, JsonNode patch, List<String> problems) {
        if (!has(panelId)) {
            problems.add("the step sets inputs of a panel '" + panelId + "' that this version does not have");
            return;
        }
        Panel<?> panel = app.panel(panelId);
        try {
            restoreMerged(panel.model(), patch, problems, panel.title());
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("the step's inputs for the " + panel.title() + " panel cannot be used: " + e.getMessage());
        }
    }

    private static <S extends Record> void restoreMerged(PanelModel<S> model, JsonNode patch, List<String> problems,
            String title) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode state = JSON.valueToTree(model.snapshot());
        List<String> unknown = StepInputs.merge(state, patch, "");
        if (!unknown.isEmpty()) {
            problems.add("the " + title + " panel has no input " + String.join(", ", unknown));
        }
        model.restore(JSON.treeToValue(state, model.stateType()));
    }

    /** Runs command {@code i}, then the next once all the work it started has finished. */
    private void runInTurn(LessonStep step, int i, int mine, List<String> problems, Consumer<List<String>> report) {
        if (mine != generation) {
            return;
        }
        if (i == step.run().size()) {
            finish(step);
            return;
        }
        String command = step.run().get(i);
        Runnable action = command(command);
        if (action == null) {
            problems.add("the step runs '" + command + "', which this version does not have");
            report.accept(List.copyOf(problems));
        } else {
            action.run();
        }
        app.executor().whenIdle(() -> runInTurn(step, i + 1, mine, problems, report));
    }

    /** After the commands: a new map would have reset the view and the focus. */
    private void finish(LessonStep step) {
        settled.run();
        if (step.focus() != null) {
            app.workspace().focus(step.focus());
        }
        if (step.view() != null) {
            try {
                app.map().restore(STRICT.treeToValue(step.view(), MapState.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // An unreadable view leaves the map fitted to the data, which always shows everything.
            }
        }
    }

    private Runnable command(String name) {
        int dot = name.indexOf('.');
        if (dot < 0 || !has(name.substring(0, dot))) {
            return null;
        }
        return app.panel(name.substring(0, dot)).model().commands().get(name.substring(dot + 1));
    }

    private boolean has(String panelId) {
        return app.panels().stream().anyMatch(p -> p.id().equals(panelId));
    }
}
