package org.embedscope.model.bias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * The Word Embedding Association Test of Caliskan et al. 2017: do target words X associate more
 * with attributes A than with B, compared to targets Y? Every set is refused when it misses more
 * than {@link WordSet#MAX_MISSING_FRACTION} of its words.
 */
public final class Weat {
    /** The p-value counts every partition up to this many, and samples beyond. */
    public static final long EXACT_LIMIT = 1_000_000;
    public static final int MIN_PERMUTATIONS = 10_000;
    public static final int DEFAULT_PERMUTATIONS = 100_000;
    public static final String STANDARD_DEVIATION =
            "the sample standard deviation (n \u2212 1) of s(w, A, B) over the words of X and Y";

    private Weat() {
    }

    public static WeatResult run(VectorStore store, WordSet x, WordSet y, WordSet a, WordSet b, int permutations,
            long seed, Progress progress) {
        if (permutations < MIN_PERMUTATIONS) {
            throw new BiasInputException(String.format("the p-value needs at least %,d random partitions, got %,d",
                    MIN_PERMUTATIONS, permutations));
        }
        for (WordSet set : List.of(x, y, a, b)) {
            set.requireMostPresent();
        }
        if (x.size() + y.size() < 3) {
            throw new BiasInputException("the two target sets need at least three words between them");
        }
        double[][] attributesA = units(store, a);
        double[][] attributesB = units(store, b);
        List<WordScore> associations = new ArrayList<>();
        double[] s = new double[x.size() + y.size()];
        int i = 0;
        for (WordSet set : List.of(x, y)) {
            for (int row : set.rows()) {
                double[] w = store.unitVector(row);
                s[i] = meanCosine(w, attributesA) - meanCosine(w, attributesB);
                associations.add(new WordScore(store.word(row), row, s[i]));
                i++;
            }
        }
        double sumX = 0;
        double sumAll = 0;
        for (int k = 0; k < s.length; k++) {
            sumAll += s[k];
            if (k < x.size()) {
                sumX += s[k];
            }
        }
        double meanX = sumX / x.size();
        double meanY = (sumAll - sumX) / y.size();
        double mean = sumAll / s.length;
        double squares = 0;
        for (double v : s) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (s.length - 1));
        double statistic = sumX - (sumAll - sumX);
        PartitionTest.Outcome p = PartitionTest.pValue(s, x.size(), permutations, seed, progress);
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (WordSet set : List.of(x, y, a, b)) {
            // Two sets of one name (two files called words.txt) must not hide each other's missing words.
            String key = set.name();
            for (int copy = 2; missing.containsKey(key); copy++) {
                key = set.name() + " (" + copy + ")";
            }
            missing.put(key, set.missing());
        }
        double effect = sd > 0 ? (meanX - meanY) / sd : 0;
        return new WeatResult(x.name(), y.name(), a.name(), b.name(), effect, p.pValue(), p.exact(), p.partitions(),
                statistic, meanX, meanY, sd, associations, missing);
    }

    private static double[][] units(VectorStore store, WordSet set) {
        double[][] units = new double[set.size()][];
        for (int k = 0; k < units.length; k++) {
            units[k] = store.unitVector(set.rows()[k]);
        }
        return units;
    }

    private static double meanCosine(double[] w, double[][] attributes) {
        double sum = 0;
        for (double[] attribute : attributes) {
            sum += IndirectBias.dot(w, attribute);
        }
        return sum / attributes.length;
    }
}
