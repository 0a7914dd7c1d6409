package org.embedscope.model.search;

import org.embedscope.model.simd.SearchKernels;

/** First passes over an {@link Int8Index}, for {@link BoundedSearch}. */
final class FirstPasses {
    private static final int GROUPS_PER_CHUNK = 64;

    private FirstPasses() {
    }

    /** Approximate cosine with one unit query: the fused kernel, the fast path of every search. */
    static BoundedSearch.FirstPass cosine(SearchKernels kernels, Int8Index index, double[] unitQuery) {
        float[] query = toFloat(unitQuery);
        return (from, to, sink) -> kernels.int8CosineScan(index.codes(), index.dimension(), from, to, query,
                index.cosineFactor(), index.cosineError(), sink);
    }

    /**
     * Approximate cosines with several unit queries (row-major), turned into score bounds per row by
     * {@code bounds}.
     */
    static BoundedSearch.FirstPass multi(SearchKernels kernels, Int8Index index, double[][] unitQueries, RowBounds bounds) {
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
            float[] dots = new float[GROUPS_PER_CHUNK * m * SearchKernels.GROUP];
            float[] cosines = new float[m];
            float[] range = new float[2];
            for (int g0 = from; g0 < to; g0 += GROUPS_PER_CHUNK) {
                int g1 = Math.min(to, g0 + GROUPS_PER_CHUNK);
                kernels.int8Dots(index.codes(), dim, g0, g1, queries, m, dots);
                for (int g = g0; g < g1; g++) {
                    for (int lane = 0; lane < SearchKernels.GROUP; lane++) {
                        int row = g * SearchKernels.GROUP + lane;
                        if (row >= rows) {
                            return; // group padding: the last rows of the last group
                        }
                        for (int j = 0; j < m; j++) {
                            cosines[j] = dots[((g - g0) * m + j) * SearchKernels.GROUP + lane] * factor[row];
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

    /** Minus the manhattan distance to a query, bounded from the int8 codes (see {@link Int8Index}). */
    static BoundedSearch.FirstPass manhattan(SearchKernels kernels, Int8Index index, double[] query) {
        float[] q = toFloat(query);
        float relative = index.manhattanRelative();
        float constant = Int8Index.manhattanConstant(query);
        return (from, to, sink) -> kernels.int8ManhattanScan(index.codes(), index.dimension(), from, to, q,
                index.scale(), index.manhattanError(), relative, constant, sink);
    }

    static float[] toFloat(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }
}
