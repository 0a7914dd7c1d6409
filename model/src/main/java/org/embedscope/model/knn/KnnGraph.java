package org.embedscope.model.knn;

import java.util.List;
import org.embedscope.model.Metric;

/**
 * The k nearest neighbours of every point (itself excluded), nearest first. Row i occupies
 * {@code [i*k, (i+1)*k)} of both arrays. Distances are 1 - cosine for {@link Metric#COSINE} and
 * plain (not squared) Euclidean distances otherwise.
 */
public record KnnGraph(int points, int k, Metric metric, int[] neighbors, float[] distances) {
    /** The metrics neighbour graphs are built for. */
    public static final List<Metric> METRICS = List.of(Metric.COSINE, Metric.EUCLIDEAN);

    public KnnGraph {
        requireSupported(metric);
        if ((long) points * k != neighbors.length || neighbors.length != distances.length) {
            throw new IllegalArgumentException("arrays must hold points * k entries");
        }
    }

    /** Throws a clear message for a metric no graph is built for. */
    public static void requireSupported(Metric metric) {
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("neighbour graphs compare points by " + Metric.names(Metric.COSINE,
                    Metric.EUCLIDEAN) + ", not " + metric.id());
        }
    }

    public int neighbor(int point, int rank) {
        return neighbors[point * k + rank];
    }

    public float distance(int point, int rank) {
        return distances[point * k + rank];
    }

    /** The same graph keeping only each point's first {@code fewer} neighbours. */
    public KnnGraph truncate(int fewer) {
        if (fewer > k) {
            throw new IllegalArgumentException("cannot widen a " + k + "-NN graph to " + fewer);
        }
        int[] n = new int[points * fewer];
        float[] d = new float[points * fewer];
        for (int i = 0; i < points; i++) {
            System.arraycopy(neighbors, i * k, n, i * fewer, fewer);
            System.arraycopy(distances, i * k, d, i * fewer, fewer);
        }
        return new KnnGraph(points, fewer, metric, n, d);
    }
}
