package org.embedscope.model.find;

/** How a search pattern matches a word (or a metadata value). */
public enum MatchMode {
    /** The pattern occurs anywhere, like {@code grep -F}; with * or ? it is a wildcard pattern instead. */
    CONTAINS("contains"),
    /** The pattern occurs as a whole word, like {@code grep -wF}: not inside a longer run of letters, digits or _. */
    WHOLE_WORD("whole word"),
    /** A Java regular expression found anywhere, like {@code grep -E} for the common syntax. */
    REGEX("regular expression");

    private final String label;

    MatchMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
