package org.embedscope.model;

/** A computation refused before it started because this process cannot hold it; the message says why. */
public final class InsufficientMemoryException extends RuntimeException {
    public InsufficientMemoryException(String message) {
        super(message);
    }
}
