package org.embedscope.model.tsne;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.numeric.ParallelFor;

/**
 * The input similarities of t-SNE: for each point a Gaussian over its k nearest neighbours whose
 * width is found by bisection so that the distribution's perplexity is the requested one, then
 * symmetrised, P = (P_cond + P_cond^T) / (2n), stored sparse. As in scikit-learn, the Gaussian is
 * over squared distances for the Euclidean metric and over 1 - cosine for the cosine metric.
 */
public final class Affinities {
    private static final int MAX_STEPS = 200;
    private static final double ENTROPY_TOLERANCE = 1e-5;
    private static final int POINTS_PER_CHUNK = 2048;

    private Affinities() {
    }

    /**
     * Row-normalised conditional probabilities p(j|i) in the graph's layout (row i sums to 1).
     */
    public static double[] conditional(KnnGraph graph, double perplexity, Progress progress) {
        int n = graph.points();
        int k = graph.k();
        if (!(perplexity > 0) || perplexity >= k + 1) {
            throw new IllegalArgumentException("perplexity must be in (0, " + (k + 1) + "), got " + perplexity);
        }
        double target = Math.log(perplexity);
        boolean squared = graph.metric() == Metric.EUCLIDEAN;
        double[] p = new double[n * k];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, progress, c -> {
            double[] d = new double[k];
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int r = 0; r < k; r++) {
                    double v = graph.distance(i, r);
                    d[r] = squared ? v * v : v;
                }
                calibrateRow(d, k, target, p, i * k);
            }
        });
        return p;
    }

    /**
     * Bisection on the precision beta of exp(-beta d) until the row's entropy (in nats) equals
     * log(perplexity). Distances are shifted by their minimum first, which leaves the normalised
     * row unchanged but keeps exp() from underflowing for far-apart points.
     */
    public static void calibrateRow(double[] d, int k, double targetEntropy, double[] out, int offset) {
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < k; r++) {
            min = Math.min(min, d[r]);
        }
        double beta = 1;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_STEPS; step++) {
            double sum = 0;
            double weighted = 0;
            for (int r = 0; r < k; r++) {
                double shifted = d[r] - min;
                double w = Math.exp(-beta * shifted);
                out[offset + r] = w;
                sum += w;
                weighted += w * shifted;
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            double error = entropy - targetEntropy;
            if (Math.abs(error) < ENTROPY_TOLERANCE) {
                break;
            }
            if (error > 0) {
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
        double sum = 0;
        for (int r = 0; r < k; r++) {
            sum += out[offset + r];
        }
        for (int r = 0; r < k; r++) {
            out[offset + r] /= sum;
        }
    }

    /** P = (P_cond + P_cond^T) / (2n) as a sparse symmetric matrix summing to 1. */
    public static SparseMatrix symmetric(KnnGraph graph, double[] conditional) {
        int n = graph.points();
        int k = graph.k();
        int[] counts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                counts[i + 1]++;
                counts[graph.neighbor(i, r) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            counts[i + 1] += counts[i];
        }
        int[] fill = counts.clone();
        int[] columns = new int[counts[n]];
        float[] values = new float[counts[n]];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = graph.neighbor(i, r);
                float v = (float) conditional[i * k + r];
                columns[fill[i]] = j;
                values[fill[i]++] = v;
                columns[fill[j]] = i;
                values[fill[j]++] = v;
            }
        }
        return SparseMatrix.mergeDuplicates(n, counts, columns, values, 1.0 / (2.0 * n));
    }
}
