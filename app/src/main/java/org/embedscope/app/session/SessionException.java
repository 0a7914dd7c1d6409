package org.embedscope.app.session;

/** A session file that cannot be used: corrupt, from a newer version, or for other vectors. The message says which. */
public final class SessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }
}
