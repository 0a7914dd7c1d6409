package org.embedscope.model.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;

/**
 * A vector expression such as {@code king - man + woman}, {@code 0.5*paris + berlin} or
 * {@code 2 * (good - bad)}, usable wherever a word is accepted. {@code +} and {@code -} combine
 * vectors, {@code *} and {@code /} scale a vector by a number, parentheses group; see
 * {@link Tokenizer} for how words and operators are told apart. A word is looked up exactly as
 * typed, then lower-cased as a fallback ({@link ResolvedWord#lowerCased()} tells which).
 */
public final class VectorExpression {
    private final String text;
    private final VectorStore store;
    private final Node root;
    private final List<ResolvedWord> words;

    private VectorExpression(String text, VectorStore store, Node root, List<ResolvedWord> words) {
        this.text = text;
        this.store = store;
        this.root = root;
        this.words = words;
    }

    /**
     * Parses against a store's vocabulary.
     *
     * @throws ExpressionException  on a syntax error, naming its position
     * @throws UnknownWordException naming a word that neither form of is in the vocabulary
     */
    public static VectorExpression parse(String text, VectorStore store) {
        List<ResolvedWord> words = new ArrayList<>();
        String trimmed = text.strip();
        ResolvedWord whole = resolve(store, trimmed);
        if (whole != null) {
            words.add(whole);
            return new VectorExpression(text, store, new Node.Word(whole, 0), List.of(whole));
        }
        List<Token> tokens = Tokenizer.tokenize(text, chunk -> resolve(store, chunk) != null);
        Node root = Parser.parse(tokens, token -> {
            ResolvedWord word = resolve(store, token.text());
            if (word == null) {
                throw new UnknownWordException(token.text());
            }
            words.add(word);
            return word;
        });
        return new VectorExpression(text, store, root, Collections.unmodifiableList(words));
    }

    /** The word exactly as typed, else its lower-case form, else null. */
    static ResolvedWord resolve(VectorStore store, String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        int index = store.indexOf(typed);
        if (index >= 0) {
            return new ResolvedWord(typed, index, typed);
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        index = lower.equals(typed) ? -1 : store.indexOf(lower);
        return index >= 0 ? new ResolvedWord(typed, index, lower) : null;
    }

    public String text() {
        return text;
    }

    /** The words in the order they appear (repeats included). */
    public List<ResolvedWord> words() {
        return words;
    }

    /** Distinct word indices, in order of appearance: the inputs a search normally excludes. */
    public int[] wordIndices() {
        return words.stream().mapToInt(ResolvedWord::index).distinct().toArray();
    }

    /** The single word this expression is, or null when it is more than one word. */
    public ResolvedWord singleWord() {
        return root instanceof Node.Word w ? w.word() : null;
    }

    /**
     * The expression's vector.
     *
     * @throws ExpressionException when it is a number rather than a vector, or combines them wrongly
     */
    public double[] evaluate(WordForm form) {
        Value value = eval(root, form);
        if (value.vector() == null) {
            throw new ExpressionException("the expression is a number, not a vector", 0);
        }
        return value.vector();
    }

    private record Value(double scalar, double[] vector) {
    }

    private Value eval(Node node, WordForm form) {
        if (node instanceof Node.Word w) {
            int index = w.word().index();
            return new Value(0, form == WordForm.UNIT ? store.unitVector(index) : raw(index));
        }
        if (node instanceof Node.Number n) {
            return new Value(n.value(), null);
        }
        if (node instanceof Node.Negate n) {
            Value v = eval(n.operand(), form);
            return v.vector() == null ? new Value(-v.scalar(), null) : new Value(0, scale(v.vector(), -1));
        }
        Node.Binary b = (Node.Binary) node;
        Value left = eval(b.left(), form);
        Value right = eval(b.right(), form);
        switch (b.operator()) {
            case PLUS:
            case MINUS:
                return addOrSubtract(b, left, right);
            case TIMES:
                if (left.vector() != null && right.vector() != null) {
                    throw new ExpressionException("cannot multiply two vectors", b.position());
                }
                if (left.vector() != null) {
                    return new Value(0, scale(left.vector(), right.scalar()));
                }
                return right.vector() != null ? new Value(0, scale(right.vector(), left.scalar()))
                        : new Value(left.scalar() * right.scalar(), null);
            default:
                if (right.vector() != null) {
                    throw new ExpressionException("cannot divide by a vector", b.position());
                }
                if (right.scalar() == 0) {
                    throw new ExpressionException("division by zero", b.position());
                }
                return left.vector() != null ? new Value(0, scale(left.vector(), 1 / right.scalar()))
                        : new Value(left.scalar() / right.scalar(), null);
        }
    }

    private static Value addOrSubtract(Node.Binary b, Value left, Value right) {
        double sign = b.operator() == Token.Kind.PLUS ? 1 : -1;
        if (left.vector() == null && right.vector() == null) {
            return new Value(left.scalar() + sign * right.scalar(), null);
        }
        if (left.vector() == null || right.vector() == null) {
            throw new ExpressionException("cannot add a number to a vector (use * to scale)", b.position());
        }
        double[] sum = left.vector().clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += sign * right.vector()[i];
        }
        return new Value(0, sum);
    }

    private double[] raw(int index) {
        float[] v = store.vector(index);
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = v[i];
        }
        return result;
    }

    private static double[] scale(double[] v, double factor) {
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = v[i] * factor;
        }
        return result;
    }

    @Override
    public String toString() {
        return text;
    }
}
