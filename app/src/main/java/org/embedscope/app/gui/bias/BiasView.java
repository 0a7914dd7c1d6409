package org.embedscope.app.gui.bias;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The Bias panel: direction, the words on it, the bias plane, indirect bias, WEAT and debiasing,
 * each a section that folds away.
 */
public final class BiasView extends ScrollPane {
    public BiasView(BiasViewModel model) {
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        setId("bias-view");
        Label title = new Label("Bias");
        title.getStyleClass().add("panel-title");
        Label intro = BiasControls.hint("Embeddings learn society's associations: \u201cprogrammer\u201d leans toward "
                + "he, \u201cnurse\u201d toward she. Measure them with published methods.");
        VBox content = new VBox(10, title, intro,
                section("bias-section-direction", "Direction", new DirectionView(model), true),
                section("bias-section-words", "Words on the direction", new WordsView(model), true),
                section("bias-section-plane", "Bias plane", new PlaneView(model), false),
                section("bias-section-indirect", "Indirect bias", new IndirectView(model), false),
                section("bias-section-weat", "WEAT: word association test", new WeatView(model), true),
                section("bias-section-debias", "Debiasing: before and after", new DebiasView(model), false));
        content.getStyleClass().add("side-panel");
        content.setPadding(new Insets(14));
        setContent(content);
    }

    private static TitledPane section(String id, String title, Node body, boolean expanded) {
        TitledPane pane = new TitledPane(title, body);
        pane.setId(id);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        return pane;
    }

    /** Opens a section by id (lessons and tests use it). */
    public void expand(String id) {
        VBox content = (VBox) getContent();
        for (Node node : content.getChildren()) {
            if (node instanceof TitledPane pane) {
                pane.setExpanded(id.equals(pane.getId()) || pane.isExpanded());
            }
        }
    }
}
