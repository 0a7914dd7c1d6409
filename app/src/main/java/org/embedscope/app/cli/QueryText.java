package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.expr.ResolvedWord;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;

/** Shared by the query commands: parsing words and expressions, and telling which were lower-cased. */
final class QueryText {
    private QueryText() {
    }

    /** Parses a word or expression; a syntax error is a usage error (exit code 2) naming its position. */
    static VectorExpression parse(String text, VectorStore store) {
        try {
            return VectorExpression.parse(text, store);
        } catch (ExpressionException e) {
            throw new UsageException("in '" + abbreviated(text) + "': " + e.getMessage());
        }
    }

    /** Evaluates; a misuse such as "king * man" is a usage error. */
    static double[] vector(VectorExpression expression, WordForm form) {
        try {
            return expression.evaluate(form);
        } catch (ExpressionException e) {
            throw new UsageException("in '" + abbreviated(expression.text()) + "': " + e.getMessage());
        }
    }

    /** The query as a message quotes it: a pasted page would bury the message itself. */
    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Adds {@code "lower_cased": [{"typed", "word"}]} for words found only after lower-casing. */
    static void putLowerCased(ObjectNode node, List<ResolvedWord> words) {
        ArrayNode array = null;
        for (ResolvedWord w : words) {
            if (w.lowerCased()) {
                if (array == null) {
                    array = node.putArray("lower_cased");
                }
                array.addObject().put("typed", w.typed()).put("word", w.word());
            }
        }
    }

    /** Tells the user on stderr which words were only found lower-cased. */
    static void noteLowerCased(PrintWriter err, List<ResolvedWord> words) {
        words.stream().filter(ResolvedWord::lowerCased)
                .map(w -> "note: '" + w.typed() + "' is not in the vocabulary, using '" + w.word() + "'")
                .distinct().forEach(err::println);
        err.flush();
    }

    /** A double for JSON, rounded; null for NaN or infinities, which JSON cannot hold. */
    static void putNumber(ObjectNode node, String key, double value, int decimals) {
        if (Double.isFinite(value)) {
            node.put(key, JsonOutput.round(value, decimals));
        } else {
            node.putNull(key);
        }
    }
}
