package org.embedscope.app.gui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.embedscope.app.gui.AppComposition;
import org.embedscope.app.gui.map.MapState;
import org.embedscope.app.gui.panel.Panel;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.search.SearchState;
import org.embedscope.app.gui.workspace.WordGroup;
import org.embedscope.app.session.ColoringData;
import org.embedscope.app.session.LayoutData;
import org.embedscope.app.session.SessionException;
import org.embedscope.app.session.SessionFiles;
import org.embedscope.app.session.SessionView;
import org.embedscope.model.VectorStore;

/** Takes the window's picture as a {@link SessionView} and puts one back, on the FX thread; both are cheap. */
final class SessionCapture {
    private static final ObjectMapper JSON = SessionFiles.json();
    private final AppComposition app;

    SessionCapture(AppComposition app) {
        this.app = app;
    }

    SessionView capture() {
        Map<String, JsonNode> panels = new LinkedHashMap<>();
        for (Panel<?> panel : app.panels()) {
            panels.put(panel.id(), JSON.valueToTree(panel.model().snapshot()));
        }
        var workspace = app.workspace();
        VectorStore store = workspace.store();
        int focused = workspace.selectedIndexProperty().get();
        var layout = workspace.layout();
        var coloring = workspace.coloringProperty().get();
        WordGroup selection = workspace.selectionProperty().get();
        return new SessionView(app.frontPanelProperty().get(), panels, JSON.valueToTree(app.map().snapshot()), JSON.valueToTree(app.search().snapshot()),
                LayoutData.of(layout), coloring != null && coloring.fits(layout) ? ColoringData.of(coloring) : null,
                selection.name(), selection.words(),
                store != null && focused >= 0 && focused < store.size() ? store.word(focused) : null);
    }

    /**
     * Puts a picture back on the dataset now open: panels' inputs (starting no work), the map's
     * points and colours, the selection, the focused word, the search and the viewport.
     *
     * @return what could not be restored, for a warning; empty when everything was
     */
    List<String> apply(SessionView view) {
        return apply(view, true);
    }

    /** @param front whether to bring the saved panel to the front (a bookmark shown from its list does not) */
    List<String> apply(SessionView view, boolean front) {
        var workspace = app.workspace();
        VectorStore store = workspace.store();
        if (store == null) {
            throw new SessionException("no dataset is open");
        }
        List<String> problems = new java.util.ArrayList<>();
        for (Panel<?> panel : app.panels()) {
            JsonNode saved = view.panels() == null ? null : view.panels().get(panel.id());
            if (saved != null) {
                try {
                    restoreInto(panel.model(), saved);
                } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    problems.add("the " + panel.title() + " panel's settings could not be read; it keeps its own");
                }
            }
        }
        try {
            if (view.search() != null) {
                app.search().restore(JSON.treeToValue(view.search(), SearchState.class));
                // Opening a picture may start work, unlike restoring inputs: the search is shown as it was.
                app.search().search();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("the search could not be read");
        }
        if (view.layout() != null) {
            var layout = view.layout().toLayout(store.size());
            workspace.setLayout(layout);
            if (view.coloring() != null) {
                workspace.setColoring(view.coloring().toColoring(layout.rows()));
            }
        }
        workspace.select(view.selection() == null || view.selection().isEmpty() ? WordGroup.EMPTY
                : new WordGroup(view.selectionName() == null ? "selection" : view.selectionName(), view.selection()));
        if (view.focused() != null) {
            workspace.focus(view.focused());
        }
        if (front && view.front() != null && app.panels().stream().anyMatch(p -> p.id().equals(view.front()))) {
            app.frontPanelProperty().set(view.front());
        }
        try {
            if (view.map() != null) {
                app.map().restore(JSON.treeToValue(view.map(), MapState.class));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add("the map's viewport could not be read");
        }
        return problems;
    }

    private static <S extends Record> void restoreInto(PanelModel<S> model, JsonNode saved)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        S state = JSON.treeToValue(saved, model.stateType());
        model.restore(state);
    }
}
