package org.embedscope.model.search;

import org.embedscope.model.VectorStore;
import org.embedscope.model.search.kernel.BoundSink;
import org.embedscope.model.search.kernel.Kernels;

/** First passes over an {@link Int8Index}, for {@link BoundedSearch}. */
final class FirstPasses {
    private static final int GROUPS_PER_CHUNK = 64;

    private FirstPasses() {
    }

    /** Approximate cosine with one unit query: the fused kernel, the fast path of every search. */
    static BoundedSearch.FirstPass cosine(Kernels kernels, Int8Index index, double[] unitQuery) {
        float[] query = toFloat(unitQuery);
        return (from, to, sink) -> kernels.int8CosineScan(index.codes(), index.dimension(), from, to, query,
                index.cosineFactor(), index.cosineError(), sink);
    }

    /**
     * Approximate cosines with several unit queries (row-major), turned into score bounds per row by
     * {@code bounds}.
     */
    static BoundedSearch.FirstPass multi(Kernels kernels, Int8Index index, double[][] unitQueries, RowBounds bounds) {
        int dim = index.dimension();
        int m = unitQueries.length;
        float[] queries = new float[m * dim];
        for (int j = 0; j < m; j++) {
            System.arraycopy(toFloat(unitQueries[j]), 0, queries, j * dim, dim);
        }
        float[] factor = index.cosineFactor();
        float[] error = index.cosineError();
        int rows = index.rows();
        return (from, to, sink) -> {
            float[] dots = new float[GROUPS_PER_CHUNK * m * Kernels.GROUP];
            float[] cosines = new float[m];
            float[] range = new float[2];
            for (int g0 = from; g0 < to; g0 += GROUPS_PER_CHUNK) {
                int g1 = Math.min(to, g0 + GROUPS_PER_CHUNK);
                kernels.int8Dots(index.codes(), dim, g0, g1, queries, m, dots);
                for (int g = g0; g < g1; g++) {
                    for (int lane = 0; lane < Kernels.GROUP; lane++) {
                        int row = g * Kernels.GROUP + lane;
                        if (row >= rows) {
                            return; // group padding: the last rows of the last group
                        }
                        for (int j = 0; j < m; j++) {
                            cosines[j] = dots[((g - g0) * m + j) * Kernels.GROUP + lane] * factor[row];
                        }
                        bounds.bounds(row, cosines, error[row], range);
                        if (range[1] >= sink.threshold()) {
                            sink.offer(row, range[0], range[1]);
                        }
                    }
                }
            }
        };
    }

    /**
     * Minus the manhattan distance of every row, computed exactly in double: its bounds are the two
     * floats around that score, so only rows tied with the k-th best in float are scored again.
     */
    static BoundedSearch.FirstPass manhattan(VectorStore store, double[] query) {
        int rows = store.size();
        return (from, to, sink) -> {
            int end = Math.min(rows, to * Kernels.GROUP);
            for (int row = from * Kernels.GROUP; row < end; row++) {
                double score = -ExactMath.manhattan(store, row, query);
                float upper = Math.nextUp((float) score);
                if (upper >= sink.threshold()) {
                    sink.offer(row, Math.nextDown((float) score), upper);
                }
            }
        };
    }

    static float[] toFloat(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
