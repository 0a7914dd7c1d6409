package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.bias.WordScore;

/** The parts every bias command reports the same way, in JSON and as text. */
final class BiasReport {
    private static final int BAR_WIDTH = 40;
    private static final int DECIMALS = 6;

    private BiasReport() {
    }

    /** "direction", "pairs", "explained_variance_ratio" and "missing_pair_words". */
    static void putDirection(ObjectNode node, BiasDirection direction) {
        node.put("direction", direction.label());
        ArrayNode pairs = node.putArray("pairs");
        for (WordPair pair : direction.pairs()) {
            pairs.addArray().add(pair.first()).add(pair.second());
        }
        ArrayNode ratios = node.putArray("explained_variance_ratio");
        for (double ratio : direction.explainedVarianceRatio()) {
            ratios.add(round(ratio));
        }
        putWords(node.putArray("missing_pair_words"), direction.missing());
    }

    static void putScores(ArrayNode array, List<WordScore> scores) {
        for (WordScore score : scores) {
            array.addObject().put("word", score.word()).put("score", round(score.score()));
        }
    }

    static ArrayNode putWords(ArrayNode array, List<String> words) {
        words.forEach(array::add);
        return array;
    }

    static double round(double value) {
        return JsonOutput.round(value, DECIMALS);
    }

    /** The direction's name, and for pairs a bar per component's share of their variance. */
    static void printDirection(PrintWriter out, BiasDirection direction) {
        out.printf("Direction: %s%n", direction.label());
        if (direction.pairs().size() > 1) {
            out.printf("  from %s%n", String.join(", ", direction.pairs().stream().map(WordPair::toString).toList()));
        }
        double[] ratios = direction.explainedVarianceRatio();
        if (ratios.length > 1) {
            out.println("Explained variance of the pairs' principal components:");
            for (int k = 0; k < ratios.length; k++) {
                out.printf("  PC%-3d %6.4f  %s%n", k + 1, ratios[k], "#".repeat((int) Math.round(ratios[k] * BAR_WIDTH)));
            }
        }
        printMissing(out, "pair words", direction.missing());
    }

    static void printScores(PrintWriter out, List<WordScore> scores) {
        for (WordScore score : scores) {
            out.printf("  %-24s %+.4f%n", score.word(), score.score());
        }
    }

    /** Missing words are always listed, never dropped silently. */
    static void printMissing(PrintWriter out, String what, List<String> missing) {
        if (!missing.isEmpty()) {
            out.printf("Not in the vocabulary (%s, %d): %s%n", what, missing.size(), String.join(", ", missing));
        }
    }
}
