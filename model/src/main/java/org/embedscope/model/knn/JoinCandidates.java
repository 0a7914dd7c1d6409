package org.embedscope.model.knn;

import org.embedscope.model.numeric.CounterRandom;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.TopK;

/**
 * What one round of NN-descent joins around each point: up to {@code capacity} of its new and of its
 * old neighbours, forward (in its list) and reverse (it is in theirs), the same capacity for each.
 * When more qualify, the ones kept are those with the lowest pseudo-random priority, a pure function
 * of the seed, the round and the pair, so the lists are the same whatever the order of the threads.
 * A mutual pair can be listed twice (once forward, once reverse): rare, harmless to the join, and
 * cheaper than searching a list before every addition.
 */
final class JoinCandidates {
    private static final int POINTS_PER_CHUNK = 4096;
    private static final int LOCK_STRIPES = 1 << 12;

    /** Kept as top-k lists scored by minus the priority: the lowest priorities are the best. */
    private final TopK fresh;
    private final TopK old;
    private final Object[] locks = new Object[LOCK_STRIPES];

    JoinCandidates(int n, int capacity) {
        fresh = new TopK(n, capacity);
        old = new TopK(n, capacity);
        for (int s = 0; s < LOCK_STRIPES; s++) {
            locks[s] = new Object();
        }
    }

    int newCount(int point) {
        return fresh.size(point);
    }

    int newId(int point, int index) {
        return fresh.id(point, index);
    }

    int oldCount(int point) {
        return old.size(point);
    }

    int oldId(int point, int index) {
        return old.id(point, index);
    }

    /**
     * Replaces the lists by a round's candidates from the heaps' current lists (the lists are reused,
     * round after round); the new entries chosen for a point's own new list are flagged old in its
     * heap, since after this round they have been joined.
     */
    void sample(NeighbourHeaps heaps, long seed, int round) {
        int n = heaps.n;
        int k = heaps.k;
        fresh.clear();
        old.clear();
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int r = i * k; r < i * k + k; r++) {
                    int j = heaps.ids[r];
                    // 24 bits of the hash: exact as a float score; equal priorities go to the lower id
                    float score = -(float) (CounterRandom.hash(seed, round, Math.min(i, j), Math.max(i, j)) >>> 40);
                    TopK lists = heaps.isNew(r) ? fresh : old;
                    offer(lists, i, j, score);
                    offer(lists, j, i, score);
                }
            }
        });
        ThreadLocal<int[]> stamps = ThreadLocal.withInitial(() -> {
            int[] stamp = new int[n];
            java.util.Arrays.fill(stamp, -1);
            return stamp;
        });
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int[] stamp = stamps.get();
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int a = 0; a < fresh.size(i); a++) {
                    stamp[fresh.id(i, a)] = i;
                }
                for (int r = i * k; r < i * k + k; r++) {
                    if (heaps.isNew(r) && stamp[heaps.ids[r]] == i) {
                        heaps.state[r] = NeighbourHeaps.OLD;
                    }
                }
            }
        });
    }

    private void offer(TopK lists, int point, int id, float score) {
        synchronized (locks[point & (LOCK_STRIPES - 1)]) {
            lists.offer(point, id, score);
        }
    }
}
