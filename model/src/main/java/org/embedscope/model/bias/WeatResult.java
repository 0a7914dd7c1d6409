package org.embedscope.model.bias;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a WEAT (Caliskan et al. 2017).
 *
 * @param effectSize  (mean s(x) - mean s(y)) / sd of s(w) over X and Y, with s(w) = mean cos(w, A) -
 *                    mean cos(w, B); the standard deviation is {@link Weat#STANDARD_DEVIATION}
 * @param pValue      one-sided: the share of equal-size partitions (X', Y') of X and Y whose test
 *                    statistic exceeds the observed one
 * @param exact       true when every partition was counted, false when {@code partitions} were drawn at random
 * @param partitions  how many partitions the p-value counts
 * @param statistic   the test statistic sum s(x) - sum s(y)
 * @param associations s(w, A, B) for every target word, X's first
 * @param missing     for each of the four sets by name, its words not in the vocabulary
 */
public record WeatResult(String x, String y, String a, String b, double effectSize, double pValue, boolean exact,
        long partitions, double statistic, double meanX, double meanY, double standardDeviation,
        List<WordScore> associations, Map<String, List<String>> missing) {
    public WeatResult {
        associations = List.copyOf(associations);
        // In the sets' order (X, Y, A, B), which reports and JSON show.
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }
}
