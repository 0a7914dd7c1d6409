package org.embedscope.model.bias;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.cluster.KMeans;
import org.embedscope.model.cluster.KMeansResult;

/**
 * Gonen and Goldberg 2019's check of what debiasing leaves behind: take the words that lean most to
 * each end of the direction in the original vectors, cluster them into two with k-means, and see how
 * well the clusters recover the original lean, in the original vectors and again in the debiased
 * ones. Debiasing that only hides the bias still lets the clusters find it.
 *
 * @param words          how many words were clustered (half from each end; fewer than asked when the
 *                       vocabulary has fewer than twice as many candidates, so that no word is at both ends)
 * @param before         the share of words whose cluster matches their original lean, original vectors
 * @param after          the same share in the debiased vectors (0.5 is chance)
 */
public record LeanRecovery(int words, double before, double after) {
    public static final int DEFAULT_PER_SIDE = 500;
    public static final int DEFAULT_WITHIN_FIRST = 50_000;
    /** k-means runs per clustering, the best kept (scikit-learn's n_init). */
    public static final int RESTARTS = 10;

    public static LeanRecovery measure(VectorStore original, VectorStore debiased, double[] direction,
            List<String> specific, int withinFirst, int perSide, long seed, Progress progress) {
        if (original.size() != debiased.size() || original.dimension() != debiased.dimension()) {
            throw new BiasInputException("the debiased vectors do not match the original ones");
        }
        Set<String> skip = new HashSet<>();
        for (String word : specific) {
            skip.add(word.strip().toLowerCase(Locale.ROOT));
        }
        IntPredicate skipped = row -> skip.contains(original.word(row).toLowerCase(Locale.ROOT));
        // With fewer than 2 * perSide candidates the two ends would share words, each counted as leaning both ways.
        int candidates = 0;
        for (int row = 0; row < Math.min(withinFirst, original.size()); row++) {
            if (!skipped.test(row) && original.inverseNorms()[row] != 0) {
                candidates++;
            }
        }
        Extremes ends = BiasScores.extremes(original, direction, withinFirst, Math.min(perSide, candidates / 2),
                skipped);
        int n = ends.positive().size() + ends.negative().size();
        if (ends.positive().isEmpty() || ends.negative().isEmpty()) {
            throw new BiasInputException("too few words to cluster");
        }
        int[] rows = new int[n];
        boolean[] positive = new boolean[n];
        int i = 0;
        for (WordScore s : ends.positive()) {
            positive[i] = true;
            rows[i++] = s.row();
        }
        for (WordScore s : ends.negative()) {
            rows[i++] = s.row();
        }
        progress.update(0.1, "Clustering the most biased words, original vectors");
        double before = agreement(original, rows, positive, seed, progress);
        progress.update(0.55, "Clustering the same words, debiased vectors");
        double after = agreement(debiased, rows, positive, seed, progress);
        return new LeanRecovery(n, before, after);
    }

    /**
     * The share of words whose k-means cluster matches their lean, under the better of the two
     * labellings. The clustering is the best (lowest inertia) of {@link #RESTARTS} seeded runs, as
     * the paper's scikit-learn KMeans does: on debiased vectors single runs settle in clearly
     * different optima, and the share would depend on the seed.
     */
    private static double agreement(VectorStore store, int[] rows, boolean[] positive, long seed, Progress progress) {
        float[] data = store.rowsOf(rows);
        KMeansResult clusters = null;
        for (int run = 0; run < RESTARTS; run++) {
            KMeansResult candidate = KMeans.fit(data, rows.length, store.dimension(), 2, seed + run,
                    KMeans.DEFAULT_MAX_ITERATIONS, Progress.NONE);
            if (clusters == null || candidate.inertia() < clusters.inertia()) {
                clusters = candidate;
            }
            progress.checkCancelled();
        }
        int match = 0;
        for (int k = 0; k < rows.length; k++) {
            if ((clusters.labels()[k] == 0) == positive[k]) {
                match++;
            }
        }
        return Math.max(match, rows.length - match) / (double) rows.length;
    }
}
