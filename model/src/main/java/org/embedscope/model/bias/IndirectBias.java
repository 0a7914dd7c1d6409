package org.embedscope.model.bias;

import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;

/**
 * Bolukbasi et al. 2016's indirect bias between two words: the share of their similarity that is
 * due to the direction, beta = (w.v - w_perp.v_perp / (|w_perp| |v_perp|)) / w.v on unit vectors.
 *
 * @param cosine        cos(w, v)
 * @param cosineWithout the cosine of their parts orthogonal to the direction
 * @param beta          the indirect bias; positive when the direction brings them closer
 */
public record IndirectBias(String first, String second, double cosine, double cosineWithout, double beta) {
    public static IndirectBias of(VectorStore store, double[] unit, String first, String second) {
        BiasScores.requireDimension(store, unit);
        int firstRow = rowOf(store, first);
        int secondRow = rowOf(store, second);
        double[] w = store.unitVector(firstRow);
        double[] v = store.unitVector(secondRow);
        double[] wPerp = without(w, unit);
        double[] vPerp = without(v, unit);
        double dot = dot(w, v);
        double perpNorms = Math.sqrt(dot(wPerp, wPerp) * dot(vPerp, vPerp));
        if (perpNorms < 1e-12) {
            throw new BiasInputException(first + " or " + second + " lies along the direction: nothing is left without it");
        }
        double without = dot(wPerp, vPerp) / perpNorms;
        if (Math.abs(dot) < 1e-12) {
            throw new BiasInputException(first + " and " + second + " are orthogonal: their similarity has no share to split");
        }
        return new IndirectBias(store.word(firstRow), store.word(secondRow), dot, without, (dot - without) / dot);
    }

    private static int rowOf(VectorStore store, String word) {
        int row = store.lookup(word.strip());
        if (row < 0) {
            throw new UnknownWordException(word.strip());
        }
        if (store.inverseNorms()[row] == 0) {
            throw new BiasInputException(word + " has a zero vector");
        }
        return row;
    }

    static double[] without(double[] w, double[] unit) {
        double along = dot(w, unit);
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] - along * unit[i];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
