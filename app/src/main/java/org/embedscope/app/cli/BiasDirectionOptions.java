package org.embedscope.app.cli;

import java.io.IOException;
import java.util.List;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.expr.ExpressionException;
import picocli.CommandLine.Option;

/** How a bias command is given its direction: pairs (default: the bundled definitional ones), one pair or an expression. */
final class BiasDirectionOptions {
    @Option(names = "--pairs", paramLabel = "PAIRS",
            description = "Pairs as a file (JSON [[\"she\", \"he\"], ...] or one pair per line) or a bundled list:"
                    + " gender (Bolukbasi et al.'s 10 definitional pairs, the default) or equalize. The direction is"
                    + " their first principal component, oriented toward each pair's first word.")
    String pairs;

    @Option(names = "--pair", arity = "2", paramLabel = "WORD", description = "One pair: the direction A - B.")
    String[] pair;

    @Option(names = "--expr", paramLabel = "EXPR", description = "A vector expression, e.g. 'she - he'.")
    String expression;

    BiasDirection direction(VectorStore store) throws IOException {
        int given = (pairs != null ? 1 : 0) + (pair != null ? 1 : 0) + (expression != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("give only one of --pairs, --pair and --expr");
        }
        if (pair != null) {
            return BiasDirection.ofPair(store, pair[0], pair[1]);
        }
        if (expression != null) {
            try {
                return BiasDirection.ofExpression(store, expression);
            } catch (ExpressionException e) {
                throw new UsageException("in '" + expression + "': " + e.getMessage());
            }
        }
        return BiasDirection.ofPairs(store, BiasLists.pairs(pairs));
    }

    /** What the direction was built from, for reports: the pairs' source name, or null for one pair or an expression. */
    String pairsName() {
        return pair != null || expression != null ? null : pairs == null ? BiasLists.DEFINITIONAL : pairs;
    }

    static List<List<String>> pairLists(BiasDirection direction) {
        return direction.pairs().stream().map(p -> List.of(p.first(), p.second())).toList();
    }
}
