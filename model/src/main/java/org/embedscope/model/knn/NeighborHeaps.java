package org.embedscope.model.knn;

/**
 * One bounded min-heap of (score, id) per point, all in flat arrays: the root holds the worst of
 * the best k, so most candidates are rejected by one comparison. Higher scores are better; equal
 * scores prefer the lower id, which makes every result independent of the order of offers.
 */
final class NeighborHeaps {
    private final int k;
    private final float[] scores;
    private final int[] ids;
    private final int[] sizes;

    NeighborHeaps(int points, int k) {
        this.k = k;
        this.scores = new float[points * k];
        this.ids = new int[points * k];
        this.sizes = new int[points];
    }

    int k() {
        return k;
    }

    int size(int p) {
        return sizes[p];
    }

    /** The score a new candidate of point p must reach to enter (ties are settled by id). */
    float threshold(int p) {
        return sizes[p] < k ? Float.NEGATIVE_INFINITY : scores[p * k];
    }

    /**
     * Replaces p's heap by a full list sorted best first (as {@link #drainBestFirst} writes it).
     * Reversed, such a list already is a valid min-heap, so this costs O(k) instead of k sift-ups.
     */
    void loadBestFirst(int p, int[] fromIds, float[] fromScores, int offset) {
        int base = p * k;
        for (int r = 0; r < k; r++) {
            ids[base + r] = fromIds[offset + k - 1 - r];
            scores[base + r] = fromScores[offset + k - 1 - r];
        }
        sizes[p] = k;
    }

    /** Offers a candidate known not to be in p's heap yet. */
    void offer(int p, int id, float score) {
        int base = p * k;
        int size = sizes[p];
        if (size < k) {
            scores[base + size] = score;
            ids[base + size] = id;
            siftUp(base, size);
            sizes[p] = size + 1;
        } else if (better(score, id, scores[base], ids[base])) {
            scores[base] = score;
            ids[base] = id;
            siftDown(base, k);
        }
    }

    /** Offers a candidate that may already be in p's heap (then it is ignored). */
    void offerUnique(int p, int id, float score) {
        int base = p * k;
        int size = sizes[p];
        if (size == k && !better(score, id, scores[base], ids[base])) {
            return;
        }
        for (int i = base; i < base + size; i++) {
            if (ids[i] == id) {
                return;
            }
        }
        offer(p, id, score);
    }

    /**
     * Writes p's entries best first into {@code outIds}/{@code outScores} at {@code offset}, and
     * empties the heap. Returns how many there were.
     */
    int drainBestFirst(int p, int[] outIds, float[] outScores, int offset) {
        int base = p * k;
        int size = sizes[p];
        for (int n = size; n > 0; n--) {
            outIds[offset + n - 1] = ids[base];
            outScores[offset + n - 1] = scores[base];
            scores[base] = scores[base + n - 1];
            ids[base] = ids[base + n - 1];
            siftDown(base, n - 1);
        }
        sizes[p] = 0;
        return size;
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
