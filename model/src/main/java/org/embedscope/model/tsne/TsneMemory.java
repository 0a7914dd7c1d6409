package org.embedscope.model.tsne;

import java.util.Locale;
import java.util.function.Supplier;
import org.embedscope.model.MemoryBudget;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.simd.AttractionKernel;
import org.embedscope.model.simd.MatrixKernel;

/**
 * The memory a t-SNE run allocates beyond its input, estimated from its size before it starts, so that
 * a run the process cannot hold is refused at once instead of failing after minutes. The run goes
 * through phases that each let go of the previous one's arrays; the estimate is the largest phase.
 */
final class TsneMemory {
    /** Threads' buffers, trees, grids and the collector's slack: a share on top of the arrays. */
    private static final double SLACK = 1.15;

    private TsneMemory() {
    }

    /** Bytes at the run's peak for n points of the given input dimension. */
    static long bytesNeeded(int n, int dimension, TsneOptions options) {
        long k = options.neighbourCount(n);
        long edges = n * k;
        long rows = (long) n * MatrixKernel.padded(dimension) * Float.BYTES;
        boolean exact = switch (options.neighbours()) {
            case EXACT -> true;
            case APPROXIMATE -> false;
            case AUTO -> n <= TsneOptions.Neighbours.EXACT_LIMIT;
        };
        // exact: the rows and their transposed blocks, the result; approximate: the rows, a list of k
        // ids and scores and the heaps (ids, scores, states) while refining with the join lists (ids
        // and priorities of new and old), then the list, the heaps and the result
        long joinLists = (long) n * ApproximateKnn.Settings.defaults().candidates() * 16;
        long neighbours = exact ? 2 * rows + edges * 8 : rows + Math.max(edges * 17 + joinLists, edges * 25);
        // the graph and conditional probabilities, then twice k entries of column and value
        long affinities = edges * 8 + edges * 8 + 2 * edges * 8;
        // the optimiser's padded copy of the symmetric matrix, made while the matrix is still there
        long blocks = (2 * edges + (long) n * AttractionKernel.QUANTUM) * 8;
        long layout = 2 * edges * 8 + blocks;
        // then the copy, the map with its gradient, gains and updates, and the repulsion's tree or grid
        long optimiser = blocks + (long) n * options.dims() * Double.BYTES * 8 + repulsionBytes(n, options);
        long peak = Math.max(Math.max(neighbours, affinities), Math.max(layout, optimiser));
        return (long) (peak * SLACK);
    }

    private static long repulsionBytes(int n, TsneOptions options) {
        long tree = (long) n * options.dims() * 64;
        return options.repulsion().resolve(n, options.dims()) == TsneOptions.Repulsion.FFT
                ? FftRepulsion.maxGridBytes() + (long) n * 80 : tree;
    }

    /**
     * Refuses, with one line saying what is needed and what there is, a run that does not fit the
     * budget; asks the collector once for room before refusing.
     */
    static void require(int n, int dimension, TsneOptions options, Supplier<MemoryBudget> budget) {
        long needed = bytesNeeded(n, dimension, options);
        if (needed <= budget.get().room()) {
            return;
        }
        System.gc();
        budget.get().require(needed, String.format(Locale.ROOT, "t-SNE of %,d points", n));
    }
}
