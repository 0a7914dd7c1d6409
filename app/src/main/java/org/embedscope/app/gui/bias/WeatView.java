package org.embedscope.app.gui.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.embedscope.app.data.bias.WeatTest;
import org.embedscope.app.gui.common.Controls;
import org.embedscope.model.bias.Weat;
import org.embedscope.model.bias.WeatResult;

/** WEAT: pick a bundled test (or fill four lists), run it, read the effect size and p-value in words. */
final class WeatView extends VBox {
    WeatView(BiasViewModel panel) {
        super(8);
        WeatViewModel model = panel.weat();
        List<String> ids = new ArrayList<>();
        for (WeatTest test : model.bundledTests()) {
            ids.add(test.id());
        }
        ids.add(WeatViewModel.CUSTOM);
        var choice = new SimpleObjectProperty<String>(model.testProperty().get());
        choice.bindBidirectional(model.testProperty());
        ChoiceBox<String> test = Controls.choice(choice, ids, id -> label(model, id));
        test.getProperties().put(WeatView.class, choice);
        test.setId("weat-test");
        test.setMaxWidth(Double.MAX_VALUE);
        test.setTooltip(new Tooltip("Caliskan et al. 2017's tests, or your own lists"));

        GridPane lists = Controls.form();
        String[] names = {"X", "Y", "A", "B"};
        String[] tips = {"Target words X", "Target words Y", "Attribute words A", "Attribute words B"};
        var properties = List.of(model.xProperty(), model.yProperty(), model.aProperty(), model.bProperty());
        for (int i = 0; i < 4; i++) {
            int which = i;
            TextArea area = BiasControls.area("weat-list-" + "xyab".charAt(i), properties.get(i),
                    "name: word, word, ... (or one word per line)", 2);
            area.textProperty().addListener((o, old, text) -> {
                if (area.isFocused()) {
                    model.testProperty().set(WeatViewModel.CUSTOM);
                }
            });
            GridPane.setHgrow(area, Priority.ALWAYS);
            var load = BiasControls.button("weat-load-" + "xyab".charAt(i), null, "mdi2f-folder-open-outline",
                    "Load this list from a file (JSON array or one word per line)", () -> model.loadList(which));
            var fromMap = BiasControls.button("weat-selection-" + "xyab".charAt(i), null, "mdi2s-selection",
                    "Use the map's selection as this list", () -> model.useSelection(which));
            VBox buttons = new VBox(4, load, fromMap);
            Label name = new Label(names[i]);
            name.setTooltip(new Tooltip(tips[i]));
            name.setMinWidth(18);
            lists.addRow(i, name, area, buttons);
        }

        Spinner<Integer> permutations = Controls.intSpinner(model.permutationsProperty(), Weat.MIN_PERMUTATIONS,
                10_000_000, 10_000, "Random partitions for the p-value when there are too many to count them all");
        TextField seed = new TextField(String.valueOf(model.seedProperty().get()));
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("The random partitions' seed: the same seed gives the same p-value"));
        seed.textProperty().addListener((o, old, text) -> {
            try {
                model.seedProperty().set(Long.parseLong(text.strip()));
            } catch (NumberFormatException notYet) {
                // Keeps the last valid seed while the user types.
            }
        });
        var run = BiasControls.accent("weat-run", "Run WEAT", "mdi2s-scale-balance", "Run the test", model::run);
        permutations.setPrefWidth(130);
        HBox settings = new HBox(8, new Label("Partitions"), permutations, new Label("Seed"), seed);
        settings.setAlignment(Pos.CENTER_LEFT);

        Label message = Controls.messageLabel("weat-message", "error-text");
        message.textProperty().bind(model.messageProperty());
        Label effect = BiasControls.headline("weat-effect-size");
        Label effectExplain = BiasControls.boundHint("weat-effect-explained");
        Label p = BiasControls.headline("weat-p-value");
        Label pExplain = BiasControls.boundHint("weat-p-explained");
        Label details = BiasControls.boundHint("weat-details");
        model.resultProperty().addListener((o, old, r) -> {
            effect.setText(r == null ? "" : String.format("Effect size d = %.3f", r.effectSize()));
            effectExplain.setText(r == null ? "" : Explanations.effectSize(r));
            p.setText(r == null ? "" : "p " + Explanations.pText(r.pValue(), r.partitions())
                    + (r.exact() ? "  (exact)" : "  (sampled)"));
            pExplain.setText(r == null ? "" : Explanations.pValue(r));
            details.setText(r == null ? "" : details(r));
        });
        Label explain = BiasControls.hint("Do the target words X associate more with the attributes A than with B, "
                + "compared with the targets Y? Write lists as \u201cname: word, word, \u2026\u201d.");
        getChildren().addAll(test, explain, lists, settings, run, BiasControls.progress(model.testing()), message, effect,
                effectExplain, p, pExplain, details);
    }

    private static String label(WeatViewModel model, String id) {
        if (WeatViewModel.CUSTOM.equals(id)) {
            return "Custom lists";
        }
        return model.bundledTests().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> t.id().toUpperCase(java.util.Locale.ROOT) + ": " + t.title()).orElse(id);
    }

    private static String details(WeatResult r) {
        StringBuilder text = new StringBuilder(String.format(
                "Mean association s(w, A, B): %s %.4f, %s %.4f; standard deviation %.4f (%s).",
                r.x(), r.meanX(), r.y(), r.meanY(), r.standardDeviation(), Weat.STANDARD_DEVIATION));
        for (Map.Entry<String, List<String>> missing : r.missing().entrySet()) {
            if (!missing.getValue().isEmpty()) {
                text.append("\nNot in the vocabulary, left out of ").append(missing.getKey()).append(": ")
                        .append(String.join(", ", missing.getValue()));
            }
        }
        return text.toString();
    }
}
