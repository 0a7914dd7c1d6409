package org.embedscope.model.knn;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.TopK;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * Approximate k nearest neighbours for big vocabularies: candidates from the shared leaves of a
 * random-projection forest (all pairs of a leaf scored at once with the matrix kernel), then
 * rounds of NN-descent ({@link NnDescent}). The result depends on the seed and never on thread
 * timing: every list ends as the best k of what was offered to it, and what is offered depends only
 * on the lists at the start of a round.
 */
public final class ApproximateKnn {
    /** Refinement stops once a round changes fewer than this share of all list entries. */
    private static final double STOP_FRACTION = 0.001;
    /**
     * Short lists explore too little: small k is searched as this many and truncated, which lifts
     * recall at k = 10 on GloVe from about 0.83 to 0.9.
     */
    private static final int MIN_SEARCHED = 30;

    /**
     * Tuning knobs: forest size, at most this many refinement rounds, and how many new (and as
     * many old) neighbours of each point, forward and reverse, one round joins around it.
     */
    public record Settings(int trees, int leafSize, int refinementRounds, int candidates) {
        public static Settings defaults() {
            return new Settings(8, 256, 15, 60);
        }
    }

    private ApproximateKnn() {
    }

    public static KnnGraph compute(float[] data, int n, int dimension, int k, Metric metric, long seed,
                                   Settings settings, Progress progress) {
        ExactKnn.checkK(n, k);
        int searched = Math.min(n - 1, Math.max(k, MIN_SEARCHED));
        if (searched > k) {
            return search(data, n, dimension, searched, metric, seed, settings, progress).truncate(k);
        }
        return search(data, n, dimension, k, metric, seed, settings, progress);
    }

    private static KnnGraph search(float[] data, int n, int dimension, int k, Metric metric, long seed,
                                   Settings settings, Progress progress) {
        int stages = settings.trees() + settings.refinementRounds();
        progress.update(0, "approximate neighbours: tree 1");
        PaddedRows original = PaddedRows.of(data, n, dimension, metric);
        int leafSize = Math.max(settings.leafSize(), k + 1);
        // Renumber points in the leaf order of the first tree: neighbours then mostly sit close
        // together in memory, which makes the random accesses of the refinement far cheaper.
        RandomProjectionTree first = RandomProjectionTree.build(original, leafSize, seed * 0x9E3779B97F4A7C15L);
        int[] order = first.order;
        PaddedRows rows = original.permuted(order);
        original = null;
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        int[] ids = new int[n * k];
        float[] scores = new float[n * k];
        forest(rows, first, leafSize, k, seed, settings, ids, scores, kernel, progress);
        NeighbourHeaps heaps = new NeighbourHeaps(n, k, ids, scores);
        NnDescent.refine(rows, heaps, settings.refinementRounds(), settings.candidates(), STOP_FRACTION,
                seed, kernel, progress, (double) settings.trees() / stages, 1);
        heaps.drainBestFirst(ids, scores);
        heaps = null;
        int[] neighbours = new int[n * k];
        float[] distances = new float[n * k];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            for (int r = 0; r < k; r++) {
                neighbours[i * k + r] = order[ids[s * k + r]];
                distances[i * k + r] = rows.distance(scores[s * k + r], s);
            }
        }
        progress.update(1, "approximate neighbours done");
        return new KnnGraph(n, k, metric, neighbours, distances);
    }

    /** Each point's best k among the points sharing a leaf with it in some tree of the forest. */
    private static void forest(PaddedRows rows, RandomProjectionTree first, int leafSize, int k, long seed,
                               Settings settings, int[] ids, float[] scores, MatrixKernel kernel, Progress progress) {
        int stages = settings.trees() + settings.refinementRounds();
        TopK heaps = new TopK(rows.n, k);
        for (int t = 0; t < Math.max(1, settings.trees()); t++) {
            progress.checkCancelled();
            progress.update((double) t / stages, "approximate neighbours: tree " + (t + 1));
            RandomProjectionTree tree = t == 0 ? first.renumbered()
                    : RandomProjectionTree.build(rows, leafSize, seed * 0x9E3779B97F4A7C15L + t);
            // Leaves of one tree are disjoint, so they can fill their points' heaps in parallel.
            ParallelFor.range(tree.leaves(), leaf -> scoreLeaf(rows, tree, leaf, heaps, kernel));
        }
        for (int i = 0; i < rows.n; i++) {
            fill(rows, heaps, i, ids, scores, k, kernel);
        }
    }

    /**
     * Drains point i's heap. A point whose leaves were all small may hold fewer than k candidates;
     * it is topped up with the following ids (real scores), which refinement then improves on.
     */
    private static void fill(PaddedRows rows, TopK heaps, int i, int[] ids, float[] scores, int k,
                             MatrixKernel kernel) {
        for (int step = 1; heaps.size(i) < k; step++) {
            int j = (i + step) % rows.n;
            float dot = kernel.dot(rows.rows, i * rows.width, rows.rows, j * rows.width, rows.width);
            heaps.offerUnique(i, j, rows.score(dot, j));
        }
        heaps.drainBestFirst(i, ids, scores, i * k);
    }

    private static void scoreLeaf(PaddedRows rows, RandomProjectionTree tree, int leaf, TopK heaps,
                                  MatrixKernel kernel) {
        int start = tree.leafStarts[leaf];
        int size = tree.leafStarts[leaf + 1] - start;
        int width = rows.width;
        int columns = MatrixKernel.padded(size);
        float[] members = new float[size * width];
        float[] transposed = new float[width * columns];
        for (int a = 0; a < size; a++) {
            int id = tree.order[start + a];
            System.arraycopy(rows.rows, id * width, members, a * width, width);
            for (int d = 0; d < width; d++) {
                transposed[d * columns + a] = rows.rows[id * width + d];
            }
        }
        float[] gram = new float[size * columns];
        kernel.multiplyAdd(size, columns, width, members, 0, width, 1, transposed, 0, columns, gram, 0, columns);
        for (int a = 0; a < size; a++) {
            int id = tree.order[start + a];
            float threshold = heaps.threshold(id);
            for (int b = 0; b < size; b++) {
                int other = tree.order[start + b];
                float score = rows.score(gram[a * columns + b], other);
                if (b != a && score >= threshold) {
                    heaps.offerUnique(id, other, score);
                    threshold = heaps.threshold(id);
                }
            }
        }
    }
}
