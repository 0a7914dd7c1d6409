package org.embedscope.model.bias;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.embedscope.model.VectorStore;

/**
 * How closely debiased vectors meet hard debiasing's promises, measured on the result rather than
 * assumed: neutral words orthogonal to the direction, each equalised pair differing only along it
 * and symmetric about the neutral space, every vector of unit length.
 *
 * @param largestNeutralCosine     the largest |cos(w, g)| of a neutralised word (not specific, not equalised)
 * @param largestPairOffDirection  the largest length of (a - b) without its component along g, over equalised pairs
 * @param largestPairSumAlong      the largest |(a + b) . g| over equalised pairs
 * @param largestNormError         the largest | |w| - 1 | over non-zero vectors
 */
public record DebiasCheck(double largestNeutralCosine, double largestPairOffDirection, double largestPairSumAlong,
        double largestNormError) {
    public static DebiasCheck of(DebiasResult result, List<String> specific) {
        VectorStore store = result.vectors();
        double[] g = result.direction();
        Set<String> keep = HardDebias.specificSet(specific);
        Set<Integer> paired = new HashSet<>();
        double off = 0;
        double sumAlong = 0;
        for (WordPair pair : result.equalised()) {
            int a = store.indexOf(pair.first());
            int b = store.indexOf(pair.second());
            paired.add(a);
            paired.add(b);
            double[] va = store.unitVector(a);
            double[] vb = store.unitVector(b);
            double[] difference = new double[g.length];
            double[] sum = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                difference[i] = va[i] - vb[i];
                sum[i] = va[i] + vb[i];
            }
            double[] rest = IndirectBias.without(difference, g);
            off = Math.max(off, Math.sqrt(IndirectBias.dot(rest, rest)));
            sumAlong = Math.max(sumAlong, Math.abs(IndirectBias.dot(sum, g)));
        }
        double cosine = 0;
        double normError = 0;
        for (int row = 0; row < store.size(); row++) {
            float inverse = store.inverseNorms()[row];
            if (inverse == 0) {
                continue;
            }
            normError = Math.max(normError, Math.abs(1 / (double) inverse - 1));
            if (!keep.contains(store.word(row)) && !paired.contains(row)) {
                cosine = Math.max(cosine, Math.abs(BiasScores.cosine(store, row, g)));
            }
        }
        return new DebiasCheck(cosine, off, sumAlong, normError);
    }
}
