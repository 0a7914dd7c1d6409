package org.embedscope.app.gui.projection;

/** Which words the Map panel projects. */
public enum WordSource {
    ALL("Every word"),
    FIRST("The most frequent words"),
    LIST("A list of words"),
    SELECTION("The selected words");

    private final String label;

    WordSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
