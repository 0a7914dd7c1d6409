package org.embedscope.model.projection;

import java.util.function.Function;
import org.embedscope.model.VectorStore;

/**
 * Turns a small axis expression into a vector: a word ({@code rich}) or a sum and difference of
 * words ({@code he - she}, {@code king - man + woman}), on the stored (raw) vectors. A stand-in
 * with the same shape ({@code Function<String, double[]>}) as a full expression parser.
 */
public final class SimpleAxes {
    private SimpleAxes() {
    }

    public static Function<String, double[]> resolver(VectorStore store) {
        return expression -> resolve(store, expression);
    }

    /** @throws org.embedscope.model.UnknownWordException naming the first unknown word */
    public static double[] resolve(VectorStore store, String expression) {
        String text = expression.trim();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty axis expression");
        }
        double[] sum = new double[store.dimension()];
        int sign = 1;
        boolean expectWord = true;
        for (String token : text.split("\\s+")) {
            if (!expectWord && (token.equals("+") || token.equals("-"))) {
                sign = token.equals("+") ? 1 : -1;
                expectWord = true;
                continue;
            }
            if (!expectWord) {
                throw new IllegalArgumentException("expected + or - before '" + token + "' in: " + expression);
            }
            float[] v = store.vector(store.require(token));
            for (int d = 0; d < v.length; d++) {
                sum[d] += sign * v[d];
            }
            expectWord = false;
        }
        if (expectWord) {
            throw new IllegalArgumentException("axis expression ends with an operator: " + expression);
        }
        return sum;
    }
}
