package org.embedscope.model.expr;

/** The parsed form of a vector expression. */
interface Node {
    /** The 0-based offset where the node starts, for error messages. */
    int position();

    record Word(ResolvedWord word, int position) implements Node {
    }

    record Number(double value, int position) implements Node {
    }

    record Negate(Node operand, int position) implements Node {
    }

    record Binary(Token.Kind operator, Node left, Node right, int position) implements Node {
    }
}
