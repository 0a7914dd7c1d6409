package org.embedscope.app.gui.bias;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.app.data.BundledEvaluationSets;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasScores;
import org.embedscope.model.bias.DebiasCost;
import org.embedscope.model.bias.DebiasResult;
import org.embedscope.model.bias.HardDebias;
import org.embedscope.model.bias.LeanRecovery;
import org.embedscope.model.bias.WordSet;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;

/**
 * Hard debiasing with the bundled lists and everything the before/after view shows: the compared
 * words' projections and neighbours, the benchmark cost and Gonen and Goldberg's lean recovery.
 */
record DebiasOutcome(DebiasResult result, WordSet compared, List<WordChange> changes, DebiasCost cost,
        LeanRecovery lean) {
    static final int NEIGHBOURS = 5;
    static final long SEED = 1;

    /** One word before and after: its cosine with the direction and its nearest neighbours. */
    record WordChange(String word, double before, double after, List<String> neighboursBefore,
            List<String> neighboursAfter) {
    }

    static DebiasOutcome run(VectorStore store, double[] direction, List<String> compare, Progress progress)
            throws Exception {
        List<String> specific = BundledBiasLists.genderSpecific();
        WordSet compared = WordSet.resolve(store, "the compared words", compare);
        progress.update(0.05, "Neutralising and equalising");
        DebiasResult result = HardDebias.run(store, direction, specific, BundledBiasLists.equalizePairs(),
                Progress.NONE);
        progress.checkCancelled();
        progress.update(0.3, "Neighbours before and after");
        NeighborSearch before = new NeighborSearch(store);
        NeighborSearch after = new NeighborSearch(result.vectors());
        List<WordChange> changes = new ArrayList<>();
        for (int row : compared.rows()) {
            String word = store.word(row);
            changes.add(new WordChange(word, BiasScores.cosine(store, row, result.direction()),
                    BiasScores.cosine(result.vectors(), row, result.direction()), words(before.nearest(word, NEIGHBOURS)),
                    words(after.nearest(word, NEIGHBOURS))));
        }
        progress.checkCancelled();
        progress.update(0.4, "Benchmarks before and after");
        DebiasCost cost = DebiasCost.measure(store, result.vectors(), BundledEvaluationSets.googleAnalogies(),
                BundledEvaluationSets.WORDSIM_353, () -> BundledEvaluationSets.open(BundledEvaluationSets.WORDSIM_353),
                DebiasCost.DEFAULT_RESTRICT, Progress.NONE);
        progress.checkCancelled();
        progress.update(0.8, "Clustering the most biased words");
        LeanRecovery lean = LeanRecovery.measure(store, result.vectors(), result.direction(), specific,
                LeanRecovery.DEFAULT_WITHIN_FIRST, LeanRecovery.DEFAULT_PER_SIDE, SEED, Progress.NONE);
        return new DebiasOutcome(result, compared, changes, cost, lean);
    }

    private static List<String> words(List<Neighbor> neighbours) {
        return neighbours.stream().map(Neighbor::word).toList();
    }
}
