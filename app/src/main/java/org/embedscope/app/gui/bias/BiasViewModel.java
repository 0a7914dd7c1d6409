package org.embedscope.app.gui.bias;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.dialog.Dialogs;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.VectorStore;

/**
 * The Bias panel: a direction and the words on it, WEAT, and hard debiasing with its before and
 * after. While the panel is in front the map shows the direction's pairs and the most extreme words.
 */
public final class BiasViewModel implements PanelModel<BiasState> {
    private final Workspace workspace;
    private final DirectionViewModel direction;
    private final WeatViewModel weat;
    private final DebiasViewModel debias;
    private final TaskSlot colouring;
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private final ReadOnlyStringWrapper mapMessage = new ReadOnlyStringWrapper(this, "mapMessage", "");

    public BiasViewModel(Workspace workspace, TaskExecutor executor, Dialogs dialogs) {
        this.workspace = workspace;
        this.direction = new DirectionViewModel(workspace, executor, dialogs);
        this.weat = new WeatViewModel(workspace, executor, dialogs);
        this.debias = new DebiasViewModel(workspace, executor, dialogs, () -> {
            DirectionAnalysis current = direction.analysisProperty().get();
            return current == null ? null : current.direction().unit();
        });
        this.colouring = new TaskSlot(executor);
        annotations.bind(Bindings.createObjectBinding(() -> {
            DirectionAnalysis current = direction.analysisProperty().get();
            VectorStore store = workspace.store();
            return current == null || store == null ? MapAnnotations.NONE : BiasMapLayers.annotations(store, current);
        }, direction.analysisProperty(), workspace.storeProperty()));
    }

    public DirectionViewModel direction() {
        return direction;
    }

    public WeatViewModel weat() {
        return weat;
    }

    public DebiasViewModel debias() {
        return debias;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ReadOnlyStringProperty mapMessageProperty() {
        return mapMessage.getReadOnlyProperty();
    }

    /** Colours every point of the map by its cosine with the direction. */
    public void colourMap() {
        VectorStore store = workspace.store();
        MapLayout layout = workspace.layout();
        DirectionAnalysis current = direction.analysisProperty().get();
        if (store == null || layout == null || current == null) {
            mapMessage.set(current == null ? "Compute a direction first" : "The map is not drawn yet");
            return;
        }
        colouring.start(BackgroundTask.of("colouring by bias", p -> BiasMapLayers.coloring(store, layout.rows(),
                current.direction().unit(), current.negativeEnd(), current.positiveEnd()))
                .onSuccess(coloring -> {
                    mapMessage.set("");
                    workspace.setColoring(coloring);
                })
                .onFailure(failure -> mapMessage.set(ErrorMessages.sentence(failure))));
    }

    /** Focuses a word on the map (from a click in a list or a plot). */
    public void focus(String word) {
        workspace.focus(word);
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        return annotations.getReadOnlyProperty();
    }

    @Override
    public java.util.Map<String, Runnable> commands() {
        return java.util.Map.of("direction", direction::analyse, "colour", this::colourMap, "weat", weat::run,
                "debias", debias::run);
    }

    @Override
    public BiasState snapshot() {
        return new BiasState(direction.snapshot(), weat.snapshot(), debias.snapshot());
    }

    @Override
    public void restore(BiasState state) {
        direction.restore(state.direction());
        weat.restore(state.weat());
        debias.restore(state.debias());
    }

    @Override
    public Class<BiasState> stateType() {
        return BiasState.class;
    }
}
