package org.embedscope.model.numeric;

/**
 * The one top-k: per slot (a query, a point, a question), the k best (highest-scoring) ids offered,
 * as bounded min-heaps in flat arrays. The root holds the worst of the best k, so most offers are
 * rejected by one comparison. Equal scores prefer the lower id (the more frequent word), so results
 * never depend on the order of offers; NaN scores are ignored. Not thread-safe; slots touched by one
 * thread each may share an instance.
 */
public final class TopK {
    private final int k;
    private final float[] scores;
    private final int[] ids;
    private final int[] sizes;

    public TopK(int slots, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        this.k = k;
        this.scores = new float[slots * k];
        this.ids = new int[slots * k];
        this.sizes = new int[slots];
    }

    public int size(int slot) {
        return sizes[slot];
    }

    /** The slot's entry at {@code index} (below {@link #size}), in heap order, not best first. */
    public int id(int slot, int index) {
        return ids[slot * k + index];
    }

    /** Empties every slot. */
    public void clear() {
        java.util.Arrays.fill(sizes, 0);
    }

    /**
     * The score a new offer to the slot must reach to enter (ties are settled by id): minus
     * infinity while the slot is not full, plus infinity when k is 0.
     */
    public float threshold(int slot) {
        if (sizes[slot] < k) {
            return Float.NEGATIVE_INFINITY;
        }
        return k == 0 ? Float.POSITIVE_INFINITY : scores[slot * k];
    }

    /** Offers an id known not to be in the slot yet. */
    public void offer(int slot, int id, float score) {
        if (score != score) {
            return;
        }
        int base = slot * k;
        int size = sizes[slot];
        if (size < k) {
            scores[base + size] = score;
            ids[base + size] = id;
            siftUp(base, size);
            sizes[slot] = size + 1;
        } else if (k > 0 && better(score, id, scores[base], ids[base])) {
            scores[base] = score;
            ids[base] = id;
            siftDown(base, k);
        }
    }

    /** Offers an id that may already be in the slot (then it is ignored). */
    public void offerUnique(int slot, int id, float score) {
        int base = slot * k;
        int size = sizes[slot];
        if (size == k && (k == 0 || !better(score, id, scores[base], ids[base]))) {
            return;
        }
        for (int i = base; i < base + size; i++) {
            if (ids[i] == id) {
                return;
            }
        }
        offer(slot, id, score);
    }

    /** Offers every entry of another instance's slot (with ids this slot does not hold yet). */
    public void addAll(int slot, TopK other, int otherSlot) {
        int base = otherSlot * other.k;
        for (int i = 0; i < other.sizes[otherSlot]; i++) {
            offer(slot, other.ids[base + i], other.scores[base + i]);
        }
    }

    /**
     * Replaces the slot's entries by k entries sorted best first (as {@link #drainBestFirst} writes
     * them). Reversed, such a list already is a valid min-heap, so this costs O(k), not k sift-ups.
     */
    public void loadBestFirst(int slot, int[] fromIds, float[] fromScores, int offset) {
        int base = slot * k;
        for (int r = 0; r < k; r++) {
            ids[base + r] = fromIds[offset + k - 1 - r];
            scores[base + r] = fromScores[offset + k - 1 - r];
        }
        sizes[slot] = k;
    }

    /**
     * Writes the slot's entries best first into {@code outIds} and {@code outScores} at
     * {@code offset} and empties the slot; returns how many there were.
     */
    public int drainBestFirst(int slot, int[] outIds, float[] outScores, int offset) {
        int base = slot * k;
        int size = sizes[slot];
        for (int n = size; n > 0; n--) {
            outIds[offset + n - 1] = ids[base];
            outScores[offset + n - 1] = scores[base];
            scores[base] = scores[base + n - 1];
            ids[base] = ids[base + n - 1];
            siftDown(base, n - 1);
        }
        sizes[slot] = 0;
        return size;
    }

    /** The slot's ids best first; empties the slot. */
    public int[] drainBestFirst(int slot) {
        int[] out = new int[sizes[slot]];
        drainBestFirst(slot, out, new float[out.length], 0);
        return out;
    }

    private static boolean better(float score, int id, float otherScore, int otherId) {
        return score > otherScore || score == otherScore && id < otherId;
    }

    private void siftUp(int base, int i) {
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (!better(scores[base + parent], ids[base + parent], scores[base + i], ids[base + i])) {
                return;
            }
            swap(base + parent, base + i);
            i = parent;
        }
    }

    private void siftDown(int base, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(scores[base + left], ids[base + left], scores[base + right], ids[base + right])) {
                worst = right;
            }
            if (!better(scores[base + i], ids[base + i], scores[base + worst], ids[base + worst])) {
                return;
            }
            swap(base + i, base + worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        float s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        int t = ids[a];
        ids[a] = ids[b];
        ids[b] = t;
    }
}
