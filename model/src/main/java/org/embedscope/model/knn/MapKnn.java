package org.embedscope.model.knn;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.TopK;

/**
 * Exact Euclidean k nearest neighbours of points on a 2D or 3D map, with a k-d tree (median
 * splits on the widest axis, small leaves). O(n log n) for map-like data, so it is cheap even for
 * the whole vocabulary.
 */
public final class MapKnn {
    private static final int LEAF_SIZE = 12;
    private static final int POINTS_PER_CHUNK = 2048;

    private MapKnn() {
    }

    public static KnnGraph compute(float[] positions, int n, int dims, int k, Progress progress) {
        if (dims < 1 || (long) n * dims != positions.length) {
            throw new IllegalArgumentException(n + " points x " + dims + " != " + positions.length + " values");
        }
        ExactKnn.checkK(n, k);
        KdTree tree = KdTree.build(positions, n, dims, LEAF_SIZE);
        int[] neighbors = new int[n * k];
        float[] distances = new float[n * k];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, progress, c -> {
            int from = c * POINTS_PER_CHUNK;
            int to = Math.min(n, from + POINTS_PER_CHUNK);
            TopK heaps = new TopK(1, k);
            for (int i = from; i < to; i++) {
                tree.search(i, heaps);
                heaps.drainBestFirst(0, neighbors, distances, i * k);
                for (int r = 0; r < k; r++) {
                    distances[i * k + r] = (float) Math.sqrt(-distances[i * k + r]);
                }
            }
        });
        return new KnnGraph(n, k, Metric.EUCLIDEAN, neighbors, distances);
    }
}
