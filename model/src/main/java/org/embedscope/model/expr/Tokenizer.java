package org.embedscope.model.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a vector expression into tokens. Words may contain any characters but white space, so the
 * rule is chunk by chunk (a chunk is a run of non-space characters):
 * <ol>
 * <li>a chunk that is exactly an operator or parenthesis ({@code + - * / ( )}) is that operator;</li>
 * <li>a chunk in double quotes is a word, taken literally ({@code "1990"}, {@code "-"});</li>
 * <li>a chunk that is a number ({@code 2}, {@code 0.5}, {@code .5}, {@code 1e-3}) is a number;</li>
 * <li>a chunk that is a known word is that word, operators and all ({@code e-mail}, {@code c++},
 * {@code 1990s});</li>
 * <li>anything else is split at operators and parentheses ({@code king-man+woman},
 * {@code 0.5*paris}); its pieces are numbers when they are number literals, otherwise words.</li>
 * </ol>
 * Numbers therefore win over words that look like numbers; quote those. A whole expression that is
 * a single known word is always that word (see {@link VectorExpression}).
 */
final class Tokenizer {
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final String OPERATORS = "+-*/()";

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, Predicate<String> isWord) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            chunk(text, i, end, isWord, tokens);
            i = end;
        }
        tokens.add(new Token(Token.Kind.END, "", text.length()));
        return tokens;
    }

    private static void chunk(String text, int from, int to, Predicate<String> isWord, List<Token> out) {
        String chunk = text.substring(from, to);
        if (chunk.length() == 1 && OPERATORS.indexOf(chunk.charAt(0)) >= 0) {
            out.add(operator(chunk.charAt(0), from));
        } else if (chunk.length() >= 2 && chunk.startsWith("\"") && chunk.endsWith("\"")) {
            out.add(new Token(Token.Kind.WORD, chunk.substring(1, chunk.length() - 1), from));
        } else if (NUMBER.matcher(chunk).matches()) {
            out.add(new Token(Token.Kind.NUMBER, chunk, from));
        } else if (isWord.test(chunk)) {
            out.add(new Token(Token.Kind.WORD, chunk, from));
        } else {
            split(text, from, to, out);
        }
    }

    private static void split(String text, int from, int to, List<Token> out) {
        Matcher number = NUMBER.matcher(text).region(from, to);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (OPERATORS.indexOf(c) >= 0) {
                out.add(operator(c, i));
                i++;
                continue;
            }
            number.region(i, to);
            if (number.lookingAt() && (number.end() == to || OPERATORS.indexOf(text.charAt(number.end())) >= 0)) {
                out.add(new Token(Token.Kind.NUMBER, text.substring(i, number.end()), i));
                i = number.end();
                continue;
            }
            int end = i;
            while (end < to && OPERATORS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            out.add(new Token(Token.Kind.WORD, text.substring(i, end), i));
            i = end;
        }
    }

    private static Token operator(char c, int position) {
        Token.Kind kind = switch (c) {
            case '+' -> Token.Kind.PLUS;
            case '-' -> Token.Kind.MINUS;
            case '*' -> Token.Kind.TIMES;
            case '/' -> Token.Kind.DIVIDE;
            case '(' -> Token.Kind.OPEN;
            default -> Token.Kind.CLOSE;
        };
        return new Token(kind, String.valueOf(c), position);
    }
}
