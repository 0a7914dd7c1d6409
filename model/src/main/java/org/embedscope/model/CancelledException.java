package org.embedscope.model;

/** Thrown by work that stopped early because its {@link Progress} reported a cancellation. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
