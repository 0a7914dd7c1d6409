package org.embedscope.app.gui.projection;

import javafx.beans.value.ObservableValue;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.panel.PanelModel;

/**
 * The Map panel: the projection and the colouring side by side. While it is in front the map keeps
 * showing the marks of another panel (the focused word's neighbours), which it is given.
 */
public final class ProjectionPanelModel implements PanelModel<ProjectionPanelState> {
    private final ProjectionViewModel projection;
    private final ColoringViewModel coloring;
    private final ObservableValue<MapAnnotations> marks;

    public ProjectionPanelModel(ProjectionViewModel projection, ColoringViewModel coloring,
            ObservableValue<MapAnnotations> marks) {
        this.projection = projection;
        this.coloring = coloring;
        this.marks = marks;
    }

    public ProjectionViewModel projection() {
        return projection;
    }

    public ColoringViewModel coloring() {
        return coloring;
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return marks;
    }

    @Override
    public java.util.Map<String, Runnable> commands() {
        return java.util.Map.of("project", projection::run, "ensure", projection::runIfChanged, "colour",
                coloring::apply);
    }

    @Override
    public ProjectionPanelState snapshot() {
        return new ProjectionPanelState(projection.snapshot(), coloring.snapshot());
    }

    @Override
    public void restore(ProjectionPanelState state) {
        projection.restore(state.projection());
        coloring.restore(state.coloring());
    }

    @Override
    public Class<ProjectionPanelState> stateType() {
        return ProjectionPanelState.class;
    }
}
