package org.embedscope.model.knn;

import java.util.SplittableRandom;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * Exact input-space distances from a sample of points to every point, for measurements on inputs too
 * large for an all-pairs comparison: the sampled recall of a neighbour graph and the sampled
 * trustworthiness of a map. O(sample x n x dimension), one query at a time, in parallel.
 */
public final class SampleScan {
    private SampleScan() {
    }

    /** What to do with one query's distances; called from several threads, each query once. */
    public interface Visitor {
        /**
         * @param q         the query's position in the sample
         * @param distances the query's distance to every point (1 - cosine, or Euclidean), itself included
         */
        void visit(int q, float[] distances);
    }

    /**
     * {@code size} distinct points drawn from the seed, in increasing order; all points when
     * {@code size >= n}.
     */
    public static int[] sample(int n, int size, long seed) {
        if (size >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        // A partial Fisher-Yates shuffle over a virtual identity, then the first `size` sorted.
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(order, size);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** Computes every query's distances to all n points and hands them to the visitor. */
    public static void scan(float[] data, int n, int dimension, Metric metric, int[] queries, Progress progress,
                            Visitor visitor) {
        PaddedRows rows = PaddedRows.of(data, n, dimension, metric);
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        int width = rows.width;
        ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[n]);
        ParallelFor.range(queries.length, progress, q -> {
            float[] distances = buffers.get();
            int i = queries[q];
            for (int j = 0; j < n; j++) {
                float dot = kernel.dot(rows.rows, i * width, rows.rows, j * width, width);
                distances[j] = rows.distance(rows.score(dot, j), i);
            }
            visitor.visit(q, distances);
        });
    }
}
