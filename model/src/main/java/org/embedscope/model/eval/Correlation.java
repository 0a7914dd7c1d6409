package org.embedscope.model.eval;

import java.util.Arrays;
import org.embedscope.model.numeric.RowNorms;

/**
 * Pearson and Spearman correlation as scipy computes them ({@code scipy.stats.pearsonr},
 * {@code scipy.stats.spearmanr}): Spearman is Pearson on ranks, tied values sharing their average
 * rank; both are NaN when either side is constant, and clipped to [-1, 1].
 */
public final class Correlation {
    private Correlation() {
    }

    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " and " + y.length);
        }
        if (x.length < 2) {
            return Double.NaN;
        }
        double[] xm = centred(x);
        double[] ym = centred(y);
        double nx = norm(xm);
        double ny = norm(ym);
        if (nx == 0 || ny == 0) {
            return Double.NaN;
        }
        double r = 0;
        for (int i = 0; i < x.length; i++) {
            r += (xm[i] / nx) * (ym[i] / ny);
        }
        return Math.max(-1, Math.min(1, r));
    }

    public static double spearman(double[] x, double[] y) {
        return pearson(averageRanks(x), averageRanks(y));
    }

    /** 1-based ranks, ties given the mean of the ranks they span (scipy's {@code rankdata} 'average'). */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Double.compare(values[order[j + 1]], values[order[i]]) == 0) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double[] centred(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double[] result = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = v[i] - mean;
        }
        return result;
    }

    private static double norm(double[] v) {
        return Math.sqrt(RowNorms.squaredNorm(v));
    }
}
