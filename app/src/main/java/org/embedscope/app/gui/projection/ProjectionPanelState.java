package org.embedscope.app.gui.projection;

/** The Map panel's state: how to project, and how to colour. */
public record ProjectionPanelState(ProjectionState projection, ColoringState coloring) {
    public static final ProjectionPanelState DEFAULT =
            new ProjectionPanelState(ProjectionState.DEFAULT, ColoringState.DEFAULT);
}
