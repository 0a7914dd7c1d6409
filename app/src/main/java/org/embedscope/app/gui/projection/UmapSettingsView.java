package org.embedscope.app.gui.projection;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.embedscope.app.gui.common.Controls;

/** The Map panel's UMAP settings: neighbours, minimum distance, repulsion, epochs and seed, each with a one-sentence tooltip. */
final class UmapSettingsView {
    private UmapSettingsView() {
    }

    static VBox of(ProjectionSettings settings) {
        GridPane grid = Controls.form();
        var neighbours = Controls.intSpinner(settings.umapNeighboursProperty(), 2, 200, 5,
                "How many nearest neighbours shape each word's neighbourhood: fewer shows fine local detail, more"
                        + " keeps the global layout (default 15)");
        neighbours.setId("umap-neighbours");
        Controls.row(grid, "Neighbours", neighbours);
        var minDist = Controls.doubleSpinner(settings.umapMinDistProperty(), 0, 1, 0.05,
                "How closely words may pack on the map: 0 makes tight clumps, 1 spreads them evenly (default 0.1)");
        minDist.setId("umap-min-dist");
        Controls.row(grid, "Min distance", minDist);
        var repulsion = Controls.doubleSpinner(settings.umapRepulsionProperty(), 0.5, 100, 0.5,
                "How hard words push apart: more shows finer local neighbourhoods, as t-SNE does; 1 gives"
                        + " umap-learn's maps (default 8)");
        repulsion.setId("umap-repulsion");
        Controls.row(grid, "Repulsion", repulsion);
        Controls.row(grid, "Epochs", Controls.withNote(Controls.intSpinner(settings.umapEpochsProperty(), 0, 100_000,
                100, "Rounds of optimisation over all neighbour pairs; 0 means auto: 500 up to 10,000 words, 200"
                        + " above"), "0 = auto"));
        Controls.row(grid, "Seed", Controls.intSpinner(settings.seedProperty(), 0, Integer.MAX_VALUE, 1,
                "The same seed gives the same map, whatever the number of processor cores"));
        Label hint = new Label("UMAP keeps each word's nearest neighbours together and is usually faster than t-SNE."
                + " The map is redrawn as it runs: pause it, or cancel to get the previous map back.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, grid, hint);
    }
}
