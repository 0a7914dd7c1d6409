package org.embedscope.model.search;

import org.embedscope.model.VectorStore;
import org.embedscope.model.simd.BoundSink;
import org.embedscope.model.simd.Kernels;

/**
 * An exact search for the rows with the best score, where the score is any function of a row's
 * cosines with a few unit queries: a first pass over the {@link Int8Index} bounds each row's
 * score through {@link RowBounds}, the {@link ExactScore} re-ranks the rows that may matter.
 * Neighbours, 3CosAdd, 3CosMul and pair-direction analogies are all such scans.
 */
public final class QueryScan {
    private final VectorStore store;
    private final Int8Index index;
    private final BoundedSearch.FirstPass pass;
    private final ExactScore exact;

    private QueryScan(VectorStore store, BoundedSearch.FirstPass pass, ExactScore exact) {
        this.store = store;
        this.index = Int8Index.of(store);
        this.pass = pass;
        this.exact = exact;
    }

    /** The cosine with one unit query, on the fused fast path. */
    public static QueryScan cosine(VectorStore store, Kernels kernels, double[] unitQuery) {
        return new QueryScan(store, FirstPasses.cosine(kernels.search(), Int8Index.of(store), unitQuery),
                row -> ExactMath.cosine(store, row, unitQuery));
    }

    /** Any score of the cosines with several unit queries. */
    public static QueryScan of(VectorStore store, Kernels kernels, double[][] unitQueries, RowBounds bounds,
            ExactScore exact) {
        return new QueryScan(store, FirstPasses.multi(kernels.search(), Int8Index.of(store), unitQueries, bounds), exact);
    }

    /** Minus the manhattan distance to the query. */
    static QueryScan manhattan(VectorStore store, Kernels kernels, double[] query) {
        return new QueryScan(store, FirstPasses.manhattan(kernels.search(), Int8Index.of(store), query),
                row -> -ExactMath.manhattan(store, row, query));
    }

    /** The best k rows that are not excluded, by exact score, ties to the lower row. */
    public Ranked top(int k, int[] excluded) {
        // Buffers are sized by k; more than the store holds would only waste (or exhaust) memory.
        return BoundedSearch.top(store.size(), index.groups(), Math.min(k, store.size()), excluded, pass, exact);
    }

    /**
     * The 1-based rank {@code row} has among the rows that are not excluded: one more than the
     * number of rows with a better exact score, or an equal score and a lower index.
     */
    public int rank(int row, int[] excluded) {
        double target = exact.score(row);
        float threshold = (float) target > target ? Math.nextDown((float) target) : (float) target;
        int[] better = new int[1];
        BoundSink counter = new BoundSink() {
            @Override
            public float threshold() {
                return threshold;
            }

            @Override
            public float offer(int r, float lower, float upper) {
                if (r != row && r < store.size() && !contains(excluded, r)) {
                    if (lower > target) {
                        better[0]++;
                    } else {
                        double s = exact.score(r);
                        if (s > target || (s == target && r < row)) {
                            better[0]++;
                        }
                    }
                }
                return threshold;
            }
        };
        pass.scan(0, index.groups(), counter);
        return better[0] + 1;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
