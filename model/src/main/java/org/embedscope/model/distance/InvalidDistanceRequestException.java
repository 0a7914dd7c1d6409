package org.embedscope.model.distance;

/** A distance request asked for what cannot be measured; the message says what, in a user's words. */
public final class InvalidDistanceRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidDistanceRequestException(String message) {
        super(message);
    }
}
