package org.embedscope.app.gui.distances;

import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.map.MapAnnotations;
import org.embedscope.app.gui.panel.PanelModel;
import org.embedscope.app.gui.panel.RestoreGuard;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.distance.DistanceDistribution;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceRequest;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.model.distance.InvalidDistanceRequestException;

/**
 * The Distances panel: how far a word's nearest neighbour is against a random word, at a chosen
 * number of dimensions and across a sweep of them (the curse of dimensionality), computed in the
 * background. Choices take effect at once once the panel has a result; typed numbers wait for Enter.
 */
public final class DistancesViewModel implements PanelModel<DistancesState> {
    static final int BINS = 40;
    private final Workspace workspace;
    private final TaskSlot computing;
    private final ObjectProperty<DistanceSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric");
    private final IntegerProperty dims = new SimpleIntegerProperty(this, "dims");
    private final IntegerProperty sampleWords = new SimpleIntegerProperty(this, "sampleWords");
    private final IntegerProperty fromMostFrequent = new SimpleIntegerProperty(this, "fromMostFrequent");
    private final IntegerProperty pairs = new SimpleIntegerProperty(this, "pairs");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final ReadOnlyIntegerWrapper maxDims = new ReadOnlyIntegerWrapper(this, "maxDims", 1);
    private final ReadOnlyObjectWrapper<DistanceReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MapAnnotations> annotations =
            new ReadOnlyObjectWrapper<>(this, "annotations", MapAnnotations.NONE);
    private final RestoreGuard restoring = new RestoreGuard();
    private boolean showing;

    public DistancesViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.computing = new TaskSlot(executor);
        restore(DistancesState.DEFAULT);
        source.addListener((o, old, value) -> {
            updateMaxDims();
            recomputeIfShown();
        });
        metric.addListener((o, old, value) -> recomputeIfShown());
        workspace.storeProperty().addListener((o, old, store) -> {
            computing.cancel();
            report.set(null);
            message.set("");
            updateMaxDims();
            if (store != null && dims.get() > store.dimension() && source.get() != DistanceSource.RANDOM) {
                dims.set(store.dimension());
            }
            if (showing) {
                compute();
            }
        });
        updateMaxDims();
    }

    public ObjectProperty<DistanceSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    public IntegerProperty dimsProperty() {
        return dims;
    }

    public IntegerProperty sampleWordsProperty() {
        return sampleWords;
    }

    public IntegerProperty fromMostFrequentProperty() {
        return fromMostFrequent;
    }

    public IntegerProperty pairsProperty() {
        return pairs;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The most dimensions the chosen source offers for the open vectors. */
    public ReadOnlyIntegerProperty maxDimsProperty() {
        return maxDims.getReadOnlyProperty();
    }

    /** The last result, or null before the first (and after the vectors change). */
    public ReadOnlyObjectProperty<DistanceReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last request was refused or failed, as a sentence; empty when it worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public TaskSlot computing() {
        return computing;
    }

    private void updateMaxDims() {
        VectorStore store = workspace.store();
        maxDims.set(store == null ? 1 : DistanceRequest.maxDims(source.get(), store));
    }

    private void recomputeIfShown() {
        if (!restoring.active() && report.get() != null) {
            compute();
        }
    }

    /** The view tells when it is on screen: the first time with vectors and no result, it computes. */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && report.get() == null && !computing.isRunning() && message.get().isEmpty()) {
            compute();
        }
    }

    /** Measures the distances at the chosen dimensions and across the sweep, in the background. */
    public void compute() {
        VectorStore store = workspace.store();
        if (store == null) {
            return;
        }
        DistanceRequest request;
        try {
            request = request(store);
            request.validateFor(store);
        } catch (RuntimeException e) {
            computing.cancel();
            message.set(ErrorMessages.sentence(e));
            return;
        }
        message.set("");
        computing.start(BackgroundTask.of("distances in " + request.dims() + " dimensions",
                p -> DistanceDistribution.run(store, request, p))
                .onSuccess(result -> {
                    if (workspace.store() == store) {
                        report.set(result);
                    }
                })
                .onFailure(failure -> message.set(ErrorMessages.sentence(failure))));
    }

    private DistanceRequest request(VectorStore store) {
        int pool = source.get() == DistanceSource.RANDOM ? sampleWords.get() : fromMostFrequent.get();
        if (source.get() != DistanceSource.RANDOM && pool > store.size()) {
            throw new InvalidDistanceRequestException("the vocabulary has " + store.size() + " words, fewer than the "
                    + pool + " to draw from: draw from at most " + store.size());
        }
        int max = DistanceRequest.maxDims(source.get(), store);
        TreeSet<Integer> sweep = new TreeSet<>(DistanceRequest.defaultSweep(max));
        if (dims.get() >= 1 && dims.get() <= max) {
            sweep.add(dims.get());
        }
        return new DistanceRequest(source.get(), metric.get(), dims.get(), pool, sampleWords.get(), pairs.get(),
                seed.get(), BINS, java.util.List.copyOf(sweep));
    }

    @Override
    public ObservableValue<MapAnnotations> mapAnnotations() {
        // The panel is about the whole space, not about words on the map.
        return annotations.getReadOnlyProperty();
    }

    @Override
    public Map<String, Runnable> commands() {
        return Map.of("compute", this::compute);
    }

    @Override
    public DistancesState snapshot() {
        return new DistancesState(source.get(), metric.get(), dims.get(), sampleWords.get(), fromMostFrequent.get(),
                pairs.get(), seed.get());
    }

    @Override
    public void restore(DistancesState state) {
        restoring.during(() -> {
            source.set(state.source());
            metric.set(state.metric());
            dims.set(state.dims());
            sampleWords.set(state.sampleWords());
            fromMostFrequent.set(state.fromMostFrequent());
            pairs.set(state.pairs());
            seed.set(state.seed());
        });
    }

    @Override
    public Class<DistancesState> stateType() {
        return DistancesState.class;
    }
}
