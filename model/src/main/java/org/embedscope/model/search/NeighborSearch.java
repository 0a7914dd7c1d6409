package org.embedscope.model.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.embedscope.model.VectorStore;

/** Exact cosine top-k over the whole vocabulary, scanning row blocks on all cores. */
public final class NeighborSearch {
    private static final int ROWS_PER_TASK = 8192;

    private final VectorStore store;

    public NeighborSearch(VectorStore store) {
        this.store = store;
    }

    /** The k words most similar to the given word, the word itself excluded. */
    public List<Neighbor> nearest(String word, int k) {
        int index = store.require(word);
        return nearest(store.unitVector(index), k, new int[] {index});
    }

    /**
     * The k rows with the highest cosine similarity to {@code query}, skipping {@code excluded}
     * indices.
     */
    public List<Neighbor> nearest(double[] query, int k, int[] excluded) {
        float[] unitQuery = unitFloat(query);
        int rows = store.size();
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        int keep = k + excluded.length;
        TopK best = IntStream.range(0, tasks).parallel()
                .mapToObj(task -> scanBlock(unitQuery, task * ROWS_PER_TASK,
                        Math.min(rows, (task + 1) * ROWS_PER_TASK), keep))
                .reduce(new TopK(keep), (a, b) -> {
                    TopK merged = new TopK(keep);
                    merged.addAll(a);
                    merged.addAll(b);
                    return merged;
                });
        int[] order = best.indicesBestFirst();
        float[] scores = best.scoresBestFirst();
        List<Neighbor> result = new ArrayList<>(k);
        for (int i = 0; i < order.length && result.size() < k; i++) {
            if (!contains(excluded, order[i])) {
                result.add(new Neighbor(order[i], store.word(order[i]), scores[i]));
            }
        }
        return result;
    }

    private TopK scanBlock(float[] query, int from, int to, int keep) {
        float[] vectors = store.rawVectors();
        float[] inverseNorms = store.inverseNorms();
        int dimension = store.dimension();
        TopK top = new TopK(keep);
        for (int row = from; row < to; row++) {
            int base = row * dimension;
            float dot = 0;
            for (int d = 0; d < dimension; d++) {
                dot += vectors[base + d] * query[d];
            }
            top.offer(row, dot * inverseNorms[row]);
        }
        return top;
    }

    private static float[] unitFloat(double[] query) {
        double sum = 0;
        for (double v : query) {
            sum += v * v;
        }
        double scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
        float[] unit = new float[query.length];
        for (int i = 0; i < query.length; i++) {
            unit[i] = (float) (query[i] * scale);
        }
        return unit;
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
