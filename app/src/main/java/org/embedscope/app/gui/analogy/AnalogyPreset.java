package org.embedscope.app.gui.analogy;

import java.util.List;

/**
 * A ready-made analogy a : b :: c : ? with the answer people expect, for demonstrations.
 * Read as "b - a + c", e.g. king - man + woman.
 */
public record AnalogyPreset(String a, String b, String c, String expected) {
    public static final List<AnalogyPreset> ALL = List.of(
            new AnalogyPreset("man", "king", "woman", "queen"),
            new AnalogyPreset("france", "paris", "germany", "berlin"),
            new AnalogyPreset("walk", "walking", "swim", "swimming"),
            new AnalogyPreset("good", "better", "bad", "worse"),
            new AnalogyPreset("japan", "tokyo", "italy", "rome"),
            new AnalogyPreset("man", "doctor", "woman", "physician"));

    /** How the preset reads in a menu: "king - man + woman". */
    public String label() {
        return b + " \u2212 " + a + " + " + c;
    }
}
