package org.embedscope.app.gui.bias;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.embedscope.model.bias.BiasPlane;
import org.embedscope.render.scatter.Highlight;
import org.embedscope.render.scatter.ScatterPlot;

/**
 * The bias plane: the listed words with x = their cosine with the direction and y = their cosine
 * with a second direction. Clicking a word focuses it on the map; the map's selection and focused
 * word are ringed here.
 */
final class PlaneView extends VBox {
    private final BiasViewModel panel;
    private final ScatterPlot plot = new ScatterPlot();
    private BiasPlane plane;
    private String[] words = new String[0];

    PlaneView(BiasViewModel panel) {
        super(8);
        this.panel = panel;
        DirectionViewModel model = panel.direction();
        var axis = BiasControls.wordField("bias-plane-axis", model.planeAxisProperty(), panel.workspace()::complete,
                "empty: the words' own main difference", model::analyse);
        HBox axisRow = new HBox(8, new Label("y axis"), axis);
        axisRow.setAlignment(Pos.CENTER_LEFT);
        plot.setId("bias-plane");
        plot.setPrefHeight(260);
        plot.setMinHeight(200);
        // Points set while the section is folded were fitted to no room; fit again once it has some.
        plot.widthProperty().addListener((o, old, w) -> refit());
        plot.heightProperty().addListener((o, old, h) -> refit());
        plot.selectedIndexProperty().addListener((o, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < words.length) {
                panel.focus(words[i]);
            }
        });
        Label explain = BiasControls.hint("x: cosine with the bias direction. y: cosine with the direction you type "
                + "(for example good - bad), or when empty, the words' main way of differing once the bias is "
                + "taken out. Words near x = 0 are neutral.");
        model.analysisProperty().addListener((o, old, analysis) -> show(analysis == null ? null : analysis.plane()));
        panel.workspace().selectionProperty().addListener((o, old, s) -> ring());
        panel.workspace().selectedIndexProperty().addListener((o, old, s) -> ring());
        getChildren().addAll(axisRow, plot, explain);
    }

    private void show(BiasPlane value) {
        plane = value;
        if (value == null) {
            words = new String[0];
            plot.setPoints(new float[0], 0, true);
            return;
        }
        var store = panel.workspace().store();
        words = new String[value.rows().length];
        double[] x = new double[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = store.word(value.rows()[i]);
            x[i] = value.xy()[2 * i];
        }
        plot.setPoints(value.xy(), words.length, true);
        plot.setPointColors(BiasControls.colours(x));
        String[] labels = words;
        plot.setLabels(i -> labels[i]);
        plot.setLandmarks(null, 60);
        ring();
    }

    private void refit() {
        if (!plot.isUserAdjusted() && plot.getWidth() > 0 && plot.getHeight() > 0) {
            plot.fitToData();
        }
    }

    private void ring() {
        if (plane == null) {
            return;
        }
        Set<String> selected = new HashSet<>(panel.workspace().selectionProperty().get().words());
        int focused = panel.workspace().selectedIndexProperty().get();
        List<Highlight> rings = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (plane.rows()[i] == focused) {
                rings.add(0, new Highlight(i, Color.WHITE));
            } else if (selected.contains(words[i])) {
                rings.add(new Highlight(i, Color.web("#ffbe7d")));
            }
        }
        plot.setHighlights(rings);
    }
}
