package org.embedscope.app.gui.neighbors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.embedscope.app.errors.ErrorMessages;
import org.embedscope.app.gui.map.MapLayout;
import org.embedscope.app.gui.task.BackgroundTask;
import org.embedscope.app.gui.task.TaskExecutor;
import org.embedscope.app.gui.task.TaskSlot;
import org.embedscope.app.gui.workspace.PlacedPoint;
import org.embedscope.app.gui.workspace.Workspace;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.placement.MapPlacement;

/**
 * Drops a word or an expression onto the finished map on screen without recomputing it (openTSNE's
 * most asked-for feature): the point lands where the map's own method would put it, in its own
 * colour and labelled, and the panel names the mapped words it landed by.
 */
public final class PlacementViewModel {
    private static final int NAMED_NEIGHBOURS = 3;
    private final Workspace workspace;
    private final TaskSlot slot;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding possible;

    public PlacementViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.slot = new TaskSlot(executor);
        possible = Bindings.createBooleanBinding(() -> workspace.layout() != null && workspace.layout().takesPlacements(),
                workspace.layoutProperty());
        workspace.layoutProperty().addListener((o, old, layout) -> {
            slot.cancel();
            status.set("");
        });
    }

    /** Whether the map on screen takes new points: a finished PCA, t-SNE, UMAP or custom-axes map. */
    public BooleanBinding possibleBinding() {
        return possible;
    }

    /** What the last placement did ("king - man + woman landed by queen, princess, ..."), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last placement could not be made, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runningTitleProperty() {
        return slot.messageProperty();
    }

    /** Places {@code text}, a word or an expression, onto the map on screen. */
    public void place(String text) {
        String query = text == null ? "" : text.strip();
        VectorStore store = workspace.store();
        MapLayout map = workspace.layout();
        if (query.isEmpty() || store == null) {
            return;
        }
        if (map == null || !map.takesPlacements()) {
            message.set("There is no finished map to place onto yet: compute one in the Map panel first.");
            return;
        }
        message.set("");
        int row = rowOf(store, query);
        if (row >= 0 && contains(map.rows(), row)) {
            workspace.selectedIndexProperty().set(row);
            status.set(store.word(row) + " is already on the map; it is now focused.");
            return;
        }
        slot.start(BackgroundTask.of("placing " + query + " on the map", progress -> {
            double[] vector = VectorExpression.parse(query, store).evaluate(WordForm.RAW);
            float[] at = MapPlacement.place(store, map.rows(), map.positions(), map.dims(), map.spec(), vector, query,
                    progress);
            return new Landing(new PlacedPoint(row >= 0 ? store.word(row) : query, row, at, map),
                    nearestWords(store, map, at, progress));
        }).quiet().onSuccess(landing -> {
            workspace.place(landing.point());
            status.set(landing.point().label() + " landed by " + String.join(", ", landing.near()) + ".");
        }).onFailure(failure -> message.set(ErrorMessages.describe(failure))));
    }

    /** Removes the points placed onto the map. */
    public void clear() {
        workspace.clearPlaced();
        status.set("");
    }

    private static int rowOf(VectorStore store, String query) {
        int row = store.indexOf(query);
        return row >= 0 ? row : store.indexOf(query.toLowerCase(Locale.ROOT));
    }

    private static boolean contains(int[] rows, int row) {
        for (int r : rows) {
            if (r == row) {
                return true;
            }
        }
        return false;
    }

    /** The mapped words nearest to where the point landed, on the map. */
    private static List<String> nearestWords(VectorStore store, MapLayout map, float[] at, Progress progress) {
        org.embedscope.model.numeric.TopK best = new org.embedscope.model.numeric.TopK(1, NAMED_NEIGHBOURS);
        float[] positions = map.positions();
        int dims = map.dims();
        for (int p = 0; p < map.points(); p++) {
            double s = 0;
            for (int d = 0; d < dims; d++) {
                double diff = positions[p * dims + d] - at[d];
                s += diff * diff;
            }
            best.offer(0, p, (float) -s);
        }
        progress.checkCancelled();
        List<String> words = new ArrayList<>();
        for (int p : best.drainBestFirst(0)) {
            words.add(store.word(map.rows()[p]));
        }
        return words;
    }

    private record Landing(PlacedPoint point, List<String> near) {
    }
}
