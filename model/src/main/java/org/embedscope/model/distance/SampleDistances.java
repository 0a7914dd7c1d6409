package org.embedscope.model.distance;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;

/**
 * Distances among a set of points, in double precision: those of given pairs, and each point's
 * exact distance to its nearest other point (a full scan; the sample is small). Cosine distance is
 * 1 - cos, clamped to 0..2 against rounding; a zero vector is at distance 1 from everything.
 */
final class SampleDistances {
    private static final int PAIRS_PER_CHUNK = 4096;
    private static final int QUERIES_PER_CHUNK = 16;
    private final double[] points;
    private final int count;
    private final int dims;
    private final boolean cosine;

    /** @param matrix row-major, {@code count x dims} */
    SampleDistances(float[] matrix, int count, int dims, Metric metric) {
        this.count = count;
        this.dims = dims;
        this.cosine = metric == Metric.COSINE;
        points = new double[count * dims];
        for (int i = 0; i < count; i++) {
            if (cosine) {
                System.arraycopy(RowNorms.unit(matrix, i * dims, dims), 0, points, i * dims, dims);
            } else {
                for (int d = 0; d < dims; d++) {
                    points[i * dims + d] = matrix[i * dims + d];
                }
            }
        }
    }

    double between(int a, int b) {
        int x = a * dims;
        int y = b * dims;
        if (cosine) {
            double dot = 0;
            for (int d = 0; d < dims; d++) {
                dot += points[x + d] * points[y + d];
            }
            return Math.min(2, Math.max(0, 1 - dot));
        }
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = points[x + d] - points[y + d];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    /** The distance of each pair {@code (first[i], second[i])}. */
    double[] pairs(int[] first, int[] second, Progress progress) {
        double[] out = new double[first.length];
        ParallelFor.chunks(first.length, PAIRS_PER_CHUNK, progress, c -> {
            int end = Math.min(first.length, (c + 1) * PAIRS_PER_CHUNK);
            for (int i = c * PAIRS_PER_CHUNK; i < end; i++) {
                out[i] = between(first[i], second[i]);
            }
        });
        return out;
    }

    /** Each point's distance to its nearest other point. */
    double[] nearest(Progress progress) {
        double[] out = new double[count];
        ParallelFor.chunks(count, QUERIES_PER_CHUNK, progress, c -> {
            int end = Math.min(count, (c + 1) * QUERIES_PER_CHUNK);
            for (int q = c * QUERIES_PER_CHUNK; q < end; q++) {
                double best = Double.POSITIVE_INFINITY;
                for (int other = 0; other < count; other++) {
                    if (other != q) {
                        best = Math.min(best, between(q, other));
                    }
                }
                out[q] = best;
            }
        });
        return out;
    }
}
