package org.embedscope.model.expr;

/** One token of a vector expression, with its 0-based character offset for error messages. */
record Token(Kind kind, String text, int position) {
    enum Kind { WORD, NUMBER, PLUS, MINUS, TIMES, DIVIDE, OPEN, CLOSE, END }

    String describe() {
        return kind == Kind.END ? "the end" : "'" + text + "'";
    }
}
