package org.embedscope.model.knn;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.TopK;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * Brute-force k nearest neighbours: blocks of queries against transposed blocks of the data with
 * the SIMD matrix kernel, so the inner loop is pure fused multiply-adds. O(n^2 d): the right tool
 * up to some tens of thousands of points and the reference the approximate search is measured by.
 */
public final class ExactKnn {
    private static final int QUERY_BLOCK = 64;
    private static final int DATA_BLOCK = 512;

    private ExactKnn() {
    }

    public static KnnGraph compute(float[] data, int n, int dimension, int k, Metric metric, Progress progress) {
        checkK(n, k);
        PaddedRows rows = PaddedRows.of(data, n, dimension, metric);
        float[][] transposed = transposedBlocks(rows);
        int[] neighbors = new int[n * k];
        float[] distances = new float[n * k];
        int chunks = ParallelFor.count(n, QUERY_BLOCK);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ParallelFor.chunks(n, QUERY_BLOCK, progress, c -> {
            scanQueries(rows, transposed, c * QUERY_BLOCK, Math.min(n, (c + 1) * QUERY_BLOCK), k, neighbors, distances);
            int finished = done.incrementAndGet();
            if (finished % 16 == 0) {
                progress.update((double) finished / chunks, "exact nearest neighbours");
            }
        });
        return new KnnGraph(n, k, metric, neighbors, distances);
    }

    static void checkK(int n, int k) {
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("need 1 <= k < points, got k = " + k + " for " + n + " points");
        }
    }

    private static void scanQueries(PaddedRows rows, float[][] transposed, int from, int to, int k,
                                    int[] neighbors, float[] distances) {
        int count = to - from;
        float[] scores = new float[QUERY_BLOCK * DATA_BLOCK];
        TopK heaps = new TopK(count, k);
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        for (int b = 0; b < transposed.length; b++) {
            int start = b * DATA_BLOCK;
            int blockRows = Math.min(DATA_BLOCK, rows.n - start);
            java.util.Arrays.fill(scores, 0, count * DATA_BLOCK, 0f);
            kernel.multiplyAdd(count, DATA_BLOCK, rows.width, rows.rows, from * rows.width, rows.width, 1,
                    transposed[b], 0, DATA_BLOCK, scores, 0, DATA_BLOCK);
            for (int q = 0; q < count; q++) {
                int query = from + q;
                float threshold = heaps.threshold(q);
                int base = q * DATA_BLOCK;
                for (int j = 0; j < blockRows; j++) {
                    float score = rows.score(scores[base + j], start + j);
                    if (score >= threshold && start + j != query) {
                        heaps.offer(q, start + j, score);
                        threshold = heaps.threshold(q);
                    }
                }
            }
        }
        for (int q = 0; q < count; q++) {
            int query = from + q;
            heaps.drainBestFirst(q, neighbors, distances, query * k);
            for (int r = 0; r < k; r++) {
                distances[query * k + r] = rows.distance(distances[query * k + r], query);
            }
        }
    }

    /** Data blocks stored dimension-major (width x DATA_BLOCK), zero beyond the last row. */
    private static float[][] transposedBlocks(PaddedRows rows) {
        int blocks = ParallelFor.count(rows.n, DATA_BLOCK);
        float[][] out = new float[blocks][];
        ParallelFor.chunks(rows.n, DATA_BLOCK, b -> {
            float[] t = new float[rows.width * DATA_BLOCK];
            int end = Math.min(rows.n, (b + 1) * DATA_BLOCK);
            for (int i = b * DATA_BLOCK; i < end; i++) {
                int col = i - b * DATA_BLOCK;
                for (int d = 0; d < rows.width; d++) {
                    t[d * DATA_BLOCK + col] = rows.rows[i * rows.width + d];
                }
            }
            out[b] = t;
        });
        return out;
    }
}
