package org.embedscope.model.find;

/** A search pattern that cannot be used, such as a regular expression with an unclosed bracket. */
public final class InvalidPatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPatternException(String message) {
        super(message);
    }
}
