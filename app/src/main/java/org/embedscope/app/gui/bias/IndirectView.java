package org.embedscope.app.gui.bias;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Indirect bias between two words: how much of their similarity the direction accounts for. */
final class IndirectView extends VBox {
    IndirectView(BiasViewModel panel) {
        super(8);
        DirectionViewModel model = panel.direction();
        var first = BiasControls.wordField("bias-indirect-first", model.indirectFirstProperty(),
                panel.workspace()::complete, "e.g. receptionist", model::computeIndirect);
        var second = BiasControls.wordField("bias-indirect-second", model.indirectSecondProperty(),
                panel.workspace()::complete, "e.g. softball", model::computeIndirect);
        var compute = BiasControls.button("bias-indirect-compute", "\u03b2", null,
                "Bolukbasi et al.'s indirect bias of the two words on the current direction", model::computeIndirect);
        HBox row = new HBox(6, first, second, compute);
        row.setAlignment(Pos.CENTER_LEFT);
        Label result = BiasControls.headline("bias-indirect-result");
        Label explain = BiasControls.boundHint("bias-indirect-explained");
        model.indirectProperty().addListener((o, old, value) -> {
            result.setText(value == null ? "" : String.format("\u03b2 = %.3f", value.beta()));
            explain.setText(value == null ? "" : Explanations.indirect(value));
        });
        getChildren().addAll(BiasControls.hint("Two words that are similar partly because of the direction "
                + "(receptionist and softball both lean to she) have a large \u03b2."), row, result, explain);
    }
}
