package org.embedscope.model.search;

import java.util.Arrays;

/**
 * Keeps the k best (highest) scores seen, as a binary min-heap on parallel arrays. Equal scores
 * prefer the lower index (the more frequent word), which makes results deterministic.
 */
public final class TopK {
    private final int capacity;
    private final float[] scores;
    private final int[] indices;
    private int size;

    public TopK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        this.capacity = k;
        this.scores = new float[k];
        this.indices = new int[k];
    }

    /** The score a candidate must beat to enter, or -infinity while not full. */
    public float threshold() {
        return size < capacity ? Float.NEGATIVE_INFINITY : scores[0];
    }

    public void offer(int index, float score) {
        if (capacity == 0 || Float.isNaN(score)) {
            return;
        }
        if (size < capacity) {
            scores[size] = score;
            indices[size] = index;
            siftUp(size++);
        } else if (worse(indices[0], scores[0], index, score)) {
            scores[0] = score;
            indices[0] = index;
            siftDown(0);
        }
    }

    public void addAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.indices[i], other.scores[i]);
        }
    }

    public int size() {
        return size;
    }

    /** Indices best first. */
    public int[] indicesBestFirst() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> worse(indices[a], scores[a], indices[b], scores[b]) ? 1
                : worse(indices[b], scores[b], indices[a], scores[a]) ? -1 : 0);
        int[] result = new int[size];
        for (int i = 0; i < size; i++) {
            result[i] = indices[order[i]];
        }
        return result;
    }

    /** Scores in the same order as {@link #indicesBestFirst()}. */
    public float[] scoresBestFirst() {
        float[] sorted = Arrays.copyOf(scores, size);
        Arrays.sort(sorted);
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            float t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }

    /** True if (ia, sa) ranks below (ib, sb). */
    private static boolean worse(int ia, float sa, int ib, float sb) {
        return sa < sb || (sa == sb && ia > ib);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(indices[i], scores[i], indices[parent], scores[parent])) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && worse(indices[left + 1], scores[left + 1], indices[left], scores[left])
                    ? left + 1 : left;
            if (!worse(indices[child], scores[child], indices[i], scores[i])) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int x = indices[a];
        indices[a] = indices[b];
        indices[b] = x;
    }
}
