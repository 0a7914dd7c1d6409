package org.embedscope.app.gui.bias;

/** Where the bias direction comes from. */
public enum DirectionSource {
    GENDER_PAIRS("Gender (10 pairs)"),
    PAIR("One pair"),
    EXPRESSION("Expression"),
    PAIRS_FILE("Pairs from a file");

    private final String label;

    DirectionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
