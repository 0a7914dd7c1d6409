package org.embedscope.app.gui.panel;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * One side panel of the main window: an id (stable, for saved states and tests), the tab title,
 * its view model and the function that builds its view. The composition root lists the panels;
 * the main window shows them in that order and the map shows the marks of the one in front.
 */
public final class Panel<M extends PanelModel<?>> {
    private final String id;
    private final String title;
    private final M model;
    private final Function<M, Node> viewFactory;
    private Node view;

    public Panel(String id, String title, M model, Function<M, Node> viewFactory) {
        this.id = id;
        this.title = title;
        this.model = model;
        this.viewFactory = viewFactory;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public M model() {
        return model;
    }

    /** The view, built on first use (on the FX thread). */
    public Node view() {
        if (view == null) {
            view = viewFactory.apply(model);
        }
        return view;
    }
}
