package org.embedscope.model.knn;

import org.embedscope.model.Metric;
import org.embedscope.model.numeric.TopK;

/**
 * The k rows of a data set nearest to one query vector, by exact scan, with distances in the
 * convention of {@link KnnGraph}: 1 - cosine for {@link Metric#COSINE}, plain Euclidean otherwise.
 * One query against a few hundred thousand rows takes tens of milliseconds, so no index is needed.
 *
 * @param rows      the nearest candidates (indices into the candidate list), nearest first
 * @param distances their distances to the query
 */
public record QueryNeighbours(int[] rows, double[] distances) {
    /**
     * @param data       row-major vectors of {@code dimension}
     * @param candidates the rows of {@code data} to search; the answer numbers them 0, 1, ... in this order
     */
    public static QueryNeighbours of(float[] data, int dimension, int[] candidates, double[] query, int k,
            Metric metric) {
        int n = candidates.length;
        KnnGraph.requireSupported(metric);
        if (query.length != dimension) {
            throw new IllegalArgumentException("query has " + query.length + " values, rows have " + dimension);
        }
        int count = Math.min(k, n);
        boolean cosine = metric == Metric.COSINE;
        double queryNorm = Math.sqrt(dot(query, query));
        TopK best = new TopK(1, count);
        for (int i = 0; i < n; i++) {
            best.offer(0, i, (float) -distance(data, candidates[i], dimension, query, queryNorm, cosine));
        }
        int[] rows = best.drainBestFirst(0);
        double[] distances = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            distances[r] = distance(data, candidates[rows[r]], dimension, query, queryNorm, cosine);
        }
        return new QueryNeighbours(rows, distances);
    }

    public int k() {
        return rows.length;
    }

    private static double distance(float[] data, int row, int dimension, double[] query, double queryNorm,
            boolean cosine) {
        int offset = row * dimension;
        double dot = 0;
        double norm = 0;
        double squared = 0;
        for (int d = 0; d < dimension; d++) {
            double x = data[offset + d];
            double diff = x - query[d];
            dot += x * query[d];
            norm += x * x;
            squared += diff * diff;
        }
        if (!cosine) {
            return Math.sqrt(squared);
        }
        double denominator = Math.sqrt(norm) * queryNorm;
        return denominator > 0 ? 1 - dot / denominator : 1;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
