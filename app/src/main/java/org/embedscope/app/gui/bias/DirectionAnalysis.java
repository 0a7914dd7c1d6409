package org.embedscope.app.gui.bias;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.embedscope.app.data.bias.BiasListFiles;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.BiasPlane;
import org.embedscope.model.bias.BiasScores;
import org.embedscope.model.bias.DirectBias;
import org.embedscope.model.bias.Extremes;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.bias.WordScore;
import org.embedscope.model.bias.WordSet;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;

/**
 * A direction and everything the panel shows about it, computed together off the FX thread.
 *
 * @param negativeEnd what the low end of the direction means, e.g. "he"
 * @param positiveEnd what the high end means, e.g. "she"
 */
record DirectionAnalysis(BiasDirection direction, WordSet words, List<WordScore> scores, Extremes extremes,
        double directBias, double strictness, BiasPlane plane, String negativeEnd, String positiveEnd) {
    static final int EXTREMES_SHOWN = 15;

    static DirectionAnalysis run(VectorStore store, DirectionRequest request, Progress progress) throws IOException {
        progress.update(-1, "Finding the direction");
        List<WordPair> pairs = request.pairs().isEmpty() && !request.pairsFile().isEmpty()
                ? BiasListFiles.readPairs(Path.of(request.pairsFile())) : request.pairs();
        BiasDirection direction = switch (request.source()) {
            case GENDER_PAIRS, PAIRS_FILE -> BiasDirection.ofPairs(store, pairs);
            case PAIR -> BiasDirection.ofPair(store, request.first(), request.second());
            case EXPRESSION -> BiasDirection.ofExpression(store, request.expression());
        };
        progress.checkCancelled();
        WordSet words = WordSet.resolve(store, request.listName(), request.words()).requireMostPresent();
        List<WordScore> scores = BiasScores.of(store, words, direction.unit());
        Set<Integer> own = new HashSet<>();
        for (WordPair pair : direction.pairs()) {
            own.add(store.indexOf(pair.first()));
            own.add(store.indexOf(pair.second()));
        }
        progress.update(-1, "Ranking the most frequent words");
        Extremes extremes = BiasScores.extremes(store, direction.unit(), request.withinFirst(), EXTREMES_SHOWN,
                own::contains);
        progress.checkCancelled();
        double directBias = DirectBias.of(store, words, direction.unit(), request.strictness());
        double[] yAxis = request.planeAxis().isBlank() ? null
                : VectorExpression.parse(request.planeAxis(), store).evaluate(WordForm.UNIT);
        BiasPlane plane = words.size() >= 2 ? BiasPlane.of(store, words.rows(), direction.unit(), yAxis) : null;
        String[] ends = ends(direction, request);
        return new DirectionAnalysis(direction, words, scores, extremes, directBias, request.strictness(), plane,
                ends[0], ends[1]);
    }

    private static String[] ends(BiasDirection direction, DirectionRequest request) {
        if (request.source() == DirectionSource.EXPRESSION) {
            return new String[] {"\u2212 " + request.expression().strip(), "+ " + request.expression().strip()};
        }
        List<WordPair> pairs = direction.pairs();
        if (pairs.size() == 1) {
            return new String[] {pairs.get(0).second(), pairs.get(0).first()};
        }
        return new String[] {pairs.get(0).second() + ", " + pairs.get(1).second() + "\u2026",
            pairs.get(0).first() + ", " + pairs.get(1).first() + "\u2026"};
    }
}
