package org.embedscope.model.expr;

import java.util.List;
import java.util.function.Function;

/**
 * Recursive descent over the tokens, with the usual precedence: unary {@code -} and {@code +} bind
 * tightest, then {@code *} and {@code /}, then {@code +} and {@code -}, all left-associative.
 */
final class Parser {
    /** Nesting (parentheses and unary signs) beyond any real query; deeper would exhaust the stack. */
    static final int MAX_DEPTH = 100;
    /** Terms beyond any real query; evaluation recurses once per operator. */
    static final int MAX_TOKENS = 2000;

    private final List<Token> tokens;
    private final Function<Token, ResolvedWord> resolver;
    private int next;
    private int depth;

    private Parser(List<Token> tokens, Function<Token, ResolvedWord> resolver) {
        this.tokens = tokens;
        this.resolver = resolver;
    }

    static Node parse(List<Token> tokens, Function<Token, ResolvedWord> resolver) {
        Parser parser = new Parser(tokens, resolver);
        if (tokens.size() > MAX_TOKENS) {
            throw new ExpressionException("the expression is too long (" + (tokens.size() - 1) + " parts; at most "
                    + MAX_TOKENS + ")", tokens.get(MAX_TOKENS).position());
        }
        if (parser.peek().kind() == Token.Kind.END) {
            throw new ExpressionException("empty expression: expected a word", 0);
        }
        Node node = parser.sum();
        Token rest = parser.peek();
        if (rest.kind() == Token.Kind.CLOSE) {
            throw new ExpressionException("unmatched ')'", rest.position());
        }
        if (rest.kind() != Token.Kind.END) {
            throw new ExpressionException("expected an operator (+ - * /) before " + rest.describe(), rest.position());
        }
        return node;
    }

    private Node sum() {
        Node left = product();
        while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
            Token op = tokens.get(next++);
            left = new Node.Binary(op.kind(), left, product(), op.position());
        }
        return left;
    }

    private Node product() {
        Node left = unary();
        while (peek().kind() == Token.Kind.TIMES || peek().kind() == Token.Kind.DIVIDE) {
            Token op = tokens.get(next++);
            left = new Node.Binary(op.kind(), left, unary(), op.position());
        }
        return left;
    }

    private Node unary() {
        Token token = peek();
        if (++depth > MAX_DEPTH) {
            throw new ExpressionException("the expression is nested too deeply (more than " + MAX_DEPTH
                    + " levels of parentheses or signs)", token.position());
        }
        try {
            return signedOrPrimary(token);
        } finally {
            depth--;
        }
    }

    private Node signedOrPrimary(Token token) {
        if (token.kind() == Token.Kind.MINUS) {
            next++;
            return new Node.Negate(unary(), token.position());
        }
        if (token.kind() == Token.Kind.PLUS) {
            next++;
            return unary();
        }
        return primary();
    }

    private Node primary() {
        Token token = tokens.get(next);
        switch (token.kind()) {
            case NUMBER:
                next++;
                return new Node.Number(Double.parseDouble(token.text()), token.position());
            case WORD:
                next++;
                return new Node.Word(resolver.apply(token), token.position());
            case OPEN:
                next++;
                Node inner = sum();
                Token close = peek();
                if (close.kind() != Token.Kind.CLOSE) {
                    throw new ExpressionException("expected ')' to close the '(' at position "
                            + (token.position() + 1) + " but found " + close.describe(), close.position());
                }
                next++;
                return inner;
            default:
                throw new ExpressionException("expected a word, a number or '(' but found " + token.describe(),
                        token.position());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }
}
