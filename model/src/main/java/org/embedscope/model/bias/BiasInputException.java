package org.embedscope.model.bias;

/** A word list, pair list or setting that a bias measurement cannot use; the message says why. */
public final class BiasInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BiasInputException(String message) {
        super(message);
    }
}
