package org.embedscope.model.expr;

/** A vector expression that cannot be parsed or evaluated; the message names the 1-based position. */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public ExpressionException(String problem, int position) {
        super(problem + " at position " + (position + 1));
        this.position = position;
    }

    /** 0-based character offset of the problem in the expression text. */
    public int position() {
        return position;
    }
}
