package org.embedscope.model.projection;

/** A projection asked for something it cannot do; the message says what, in a user's words. */
public final class InvalidProjectionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidProjectionException(String message) {
        super(message);
    }
}
