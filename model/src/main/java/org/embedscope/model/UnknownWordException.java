package org.embedscope.model;

/** A word the user asked for that the loaded vocabulary does not contain. */
public final class UnknownWordException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String word;

    public UnknownWordException(String word) {
        super("unknown word: " + word);
        this.word = word;
    }

    public String word() {
        return word;
    }
}
