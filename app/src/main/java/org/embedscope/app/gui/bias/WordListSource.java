package org.embedscope.app.gui.bias;

/** Which words are scored on the direction. */
public enum WordListSource {
    PROFESSIONS("Professions (320, Bolukbasi et al.)"),
    TYPED("Words I type"),
    SELECTION("The map's selection");

    private final String label;

    WordListSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
