package org.embedscope.model.knn;

/**
 * Every point's current k best neighbours as a full min-heap (the worst of the best at the root),
 * with a "new since it was last joined" state per entry, shared by the threads of a refinement round.
 * Offers lock only the heap they change, and only after a lock-free look at its root has rejected
 * the offers that cannot enter (the root only ever gets better, so a stale look lets through more,
 * never fewer). Equal scores prefer the lower id, and a heap's final set is the best k of everything
 * offered to it: the result does not depend on the order in which threads made their offers.
 */
final class NeighbourHeaps {
    private static final int LOCK_STRIPES = 1 << 12;
    static final byte OLD = 0;
    static final byte NEW = 1;
    static final byte ENTERED = 2;

    final int n;
    final int k;
    final int[] ids;
    final float[] scores;
    /** Per entry: {@link #OLD}, {@link #NEW} (not joined yet) or {@link #ENTERED} (this round). */
    final byte[] state;
    /**
     * Each heap's root score, apart from the heaps: the look before the lock then reads one small
     * array that stays in cache instead of one cache line per point offered to.
     */
    private final float[] worst;
    private final Object[] locks = new Object[LOCK_STRIPES];

    /** Heaps holding the given lists (k entries per point, best first, as {@code TopK} drains them), all new. */
    NeighbourHeaps(int n, int k, int[] bestFirstIds, float[] bestFirstScores) {
        this.n = n;
        this.k = k;
        this.ids = new int[n * k];
        this.scores = new float[n * k];
        this.state = new byte[n * k];
        // A best-first list read backwards is already a valid min-heap.
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                ids[i * k + r] = bestFirstIds[i * k + k - 1 - r];
                scores[i * k + r] = bestFirstScores[i * k + k - 1 - r];
            }
        }
        java.util.Arrays.fill(state, NEW);
        this.worst = new float[n];
        for (int i = 0; i < n; i++) {
            worst[i] = scores[i * k];
        }
        for (int s = 0; s < LOCK_STRIPES; s++) {
            locks[s] = new Object();
        }
    }

    /**
     * Offers {@code id} with {@code score} to point i's heap; returns whether it entered (it is then
     * flagged {@link #ENTERED}). An id the heap already holds is ignored.
     */
    boolean offer(int i, int id, float score) {
        if (score < worst[i] || score != score) {
            return false;
        }
        int base = i * k;
        synchronized (locks[i & (LOCK_STRIPES - 1)]) {
            if (!better(score, id, scores[base], ids[base])) {
                return false;
            }
            for (int r = base; r < base + k; r++) {
                if (ids[r] == id) {
                    return false;
                }
            }
            ids[base] = id;
            scores[base] = score;
            state[base] = ENTERED;
            siftDown(base);
            worst[i] = scores[base];
            return true;
        }
    }

    boolean isNew(int entry) {
        return state[entry] != OLD;
    }

    /**
     * Ends a round: returns how many entries entered the lists during it, and makes them new for the
     * next. The count depends only on the lists before and after (an entry that entered and was pushed
     * out again in the same round is not counted), so the decision to stop, taken on it, is the same
     * whatever the order of the threads' offers.
     */
    long settleRound() {
        long entered = 0;
        for (int e = 0; e < state.length; e++) {
            if (state[e] == ENTERED) {
                state[e] = NEW;
                entered++;
            }
        }
        return entered;
    }

    /** Writes each point's list best first, as the graph stores them. */
    void drainBestFirst(int[] outIds, float[] outScores) {
        for (int i = 0; i < n; i++) {
            int base = i * k;
            for (int size = k; size > 0; size--) {
                outIds[base + size - 1] = ids[base];
                outScores[base + size - 1] = scores[base];
                swap(base, base + size - 1);
                siftDown(base, size - 1);
            }
        }
    }

    private static boolean better(float score, int id, float thanScore, int thanId) {
        return score > thanScore || (score == thanScore && id < thanId);
    }

    private void siftDown(int base) {
        siftDown(base, k);
    }

    private void siftDown(int base, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && better(scores[base + child], ids[base + child],
                    scores[base + child + 1], ids[base + child + 1])) {
                child++;
            }
            if (!better(scores[base + at], ids[base + at], scores[base + child], ids[base + child])) {
                return;
            }
            swap(base + at, base + child);
            at = child;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        byte flag = state[a];
        state[a] = state[b];
        state[b] = flag;
    }
}
