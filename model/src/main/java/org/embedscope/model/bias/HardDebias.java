package org.embedscope.model.bias;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * Bolukbasi et al. 2016's hard debiasing, on a copy: every vector normalised; every word that is not
 * in the specific list loses its component along the direction ("neutralise"); then each equalise
 * pair (in lower, title and upper case, where both words exist) is moved to be symmetric about the
 * neutral space, so the two differ only along the direction ("equalise").
 */
public final class HardDebias {
    private HardDebias() {
    }

    public static DebiasResult run(VectorStore store, double[] direction, List<String> specific,
            List<WordPair> equalize, Progress progress) {
        BiasScores.requireDimension(store, direction);
        double[] g = BiasDirection.normalised(direction, "the direction");
        int n = store.size();
        int d = store.dimension();
        Set<String> keep = specificSet(specific);
        float[] source = store.rawVectors();
        float[] out = new float[source.length];
        int neutralised = 0;
        int kept = 0;
        double[] w = new double[d];
        for (int row = 0; row < n; row++) {
            if (row % 8192 == 0) {
                progress.checkCancelled();
                progress.update(0.9 * row / n, "Neutralising: word " + row + " of " + n);
            }
            load(source, row, d, w);
            normalise(w);
            if (keep.contains(store.word(row))) {
                kept++;
            } else {
                double along = IndirectBias.dot(w, g);
                for (int i = 0; i < d; i++) {
                    w[i] -= along * g[i];
                }
                normalise(w);
                neutralised++;
            }
            storeRow(out, row, w);
        }
        progress.update(0.95, "Equalising pairs");
        List<WordPair> equalised = new ArrayList<>();
        for (int[] pair : casedPairs(store, equalize)) {
            equalise(out, d, pair[0], pair[1], g);
            equalised.add(new WordPair(store.word(pair[0]), store.word(pair[1])));
        }
        VectorStore copy = VectorStore.of(store.vocabulary().asList().toArray(String[]::new), out, d,
                store.metadata(), store.info());
        return new DebiasResult(copy, g, neutralised, kept, equalised);
    }

    /** The words kept as they are: each as listed and in lower case; a vocabulary word is kept when it is one of them exactly. */
    static Set<String> specificSet(List<String> specific) {
        Set<String> keep = new HashSet<>();
        for (String word : specific) {
            keep.add(word.strip());
            keep.add(word.strip().toLowerCase(Locale.ROOT));
        }
        return keep;
    }

    /** Each pair as lower, title and upper case where both words are in the vocabulary, each once. */
    private static List<int[]> casedPairs(VectorStore store, List<WordPair> pairs) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (WordPair pair : pairs) {
            for (int casing = 0; casing < 3; casing++) {
                int a = store.indexOf(cased(pair.first(), casing));
                int b = store.indexOf(cased(pair.second(), casing));
                if (a >= 0 && b >= 0 && a != b) {
                    seen.add(List.of(a, b));
                }
            }
        }
        List<int[]> rows = new ArrayList<>();
        for (List<Integer> pair : seen) {
            rows.add(new int[] {pair.get(0), pair.get(1)});
        }
        return rows;
    }

    private static String cased(String word, int casing) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (casing) {
            case 0 -> lower;
            case 1 -> lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
            default -> word.toUpperCase(Locale.ROOT);
        };
    }

    /** a, b := nu +- z g with nu the neutral part of their mean and z making both unit vectors. */
    private static void equalise(float[] vectors, int d, int a, int b, double[] g) {
        double[] va = new double[d];
        double[] vb = new double[d];
        load(vectors, a, d, va);
        load(vectors, b, d, vb);
        double[] nu = new double[d];
        for (int i = 0; i < d; i++) {
            nu[i] = (va[i] + vb[i]) / 2;
        }
        nu = IndirectBias.without(nu, g);
        double z = Math.sqrt(Math.max(0, 1 - IndirectBias.dot(nu, nu)));
        double lean = 0;
        for (int i = 0; i < d; i++) {
            lean += (va[i] - vb[i]) * g[i];
        }
        if (lean < 0) {
            z = -z;
        }
        for (int i = 0; i < d; i++) {
            va[i] = nu[i] + z * g[i];
            vb[i] = nu[i] - z * g[i];
        }
        storeRow(vectors, a, va);
        storeRow(vectors, b, vb);
    }

    private static void load(float[] vectors, int row, int d, double[] into) {
        int base = row * d;
        for (int i = 0; i < d; i++) {
            into[i] = vectors[base + i];
        }
    }

    private static void storeRow(float[] vectors, int row, double[] values) {
        int base = row * values.length;
        for (int i = 0; i < values.length; i++) {
            vectors[base + i] = (float) values[i];
        }
    }

    private static void normalise(double[] w) {
        double norm = Math.sqrt(IndirectBias.dot(w, w));
        if (norm > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] /= norm;
            }
        }
    }
}
