package org.embedscope.model.knn;

import org.embedscope.model.numeric.CounterRandom;
import org.embedscope.model.numeric.ParallelFor;

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

    final int capacity;
    final int[] newIds;
    final int[] newCounts;
    final int[] oldIds;
    final int[] oldCounts;
    private final int[] newPriorities;
    private final int[] oldPriorities;
    private final Object[] locks = new Object[LOCK_STRIPES];

    JoinCandidates(int n, int capacity) {
        this.capacity = capacity;
        newIds = new int[n * capacity];
        newPriorities = new int[n * capacity];
        newCounts = new int[n];
        oldIds = new int[n * capacity];
        oldPriorities = new int[n * capacity];
        oldCounts = new int[n];
        for (int s = 0; s < LOCK_STRIPES; s++) {
            locks[s] = new Object();
        }
    }

    /**
     * Replaces the lists by a round's candidates from the heaps' current lists (the arrays are reused,
     * round after round); the new entries chosen for a point's own new list are flagged old in its
     * heap, since after this round they have been joined.
     */
    void sample(NeighbourHeaps heaps, long seed, int round) {
        int n = heaps.n;
        int k = heaps.k;
        java.util.Arrays.fill(newCounts, 0);
        java.util.Arrays.fill(oldCounts, 0);
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int r = i * k; r < i * k + k; r++) {
                    int j = heaps.ids[r];
                    int priority = (int) CounterRandom.hash(seed, round, Math.min(i, j), Math.max(i, j));
                    boolean isNew = heaps.isNew(r);
                    offer(isNew, i, j, priority);
                    offer(isNew, j, i, priority);
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
                for (int a = i * capacity; a < i * capacity + newCounts[i]; a++) {
                    stamp[newIds[a]] = i;
                }
                for (int r = i * k; r < i * k + k; r++) {
                    if (heaps.isNew(r) && stamp[heaps.ids[r]] == i) {
                        heaps.state[r] = NeighbourHeaps.OLD;
                    }
                }
            }
        });
    }

    private void offer(boolean isNew, int point, int id, int priority) {
        int[] ids = isNew ? newIds : oldIds;
        int[] priorities = isNew ? newPriorities : oldPriorities;
        int[] counts = isNew ? newCounts : oldCounts;
        int base = point * capacity;
        synchronized (locks[point & (LOCK_STRIPES - 1)]) {
            int size = counts[point];
            if (size == capacity && !before(priority, id, priorities[base], ids[base])) {
                return;
            }
            if (size < capacity) {
                ids[base + size] = id;
                priorities[base + size] = priority;
                counts[point] = size + 1;
                siftUp(ids, priorities, base, size);
            } else {
                ids[base] = id;
                priorities[base] = priority;
                siftDown(ids, priorities, base, capacity);
            }
        }
    }

    /** The kept order: lower priority first, then lower id. The heap's root is the last kept. */
    private static boolean before(int priority, int id, int thanPriority, int thanId) {
        return priority < thanPriority || (priority == thanPriority && id < thanId);
    }

    private static void siftUp(int[] ids, int[] priorities, int base, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(priorities[base + parent], ids[base + parent], priorities[base + at], ids[base + at])) {
                return;
            }
            swap(ids, priorities, base + parent, base + at);
            at = parent;
        }
    }

    private static void siftDown(int[] ids, int[] priorities, int base, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && before(priorities[base + child], ids[base + child],
                    priorities[base + child + 1], ids[base + child + 1])) {
                child++;
            }
            if (!before(priorities[base + at], ids[base + at], priorities[base + child], ids[base + child])) {
                return;
            }
            swap(ids, priorities, base + at, base + child);
            at = child;
        }
    }

    private static void swap(int[] ids, int[] priorities, int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        int priority = priorities[a];
        priorities[a] = priorities[b];
        priorities[b] = priority;
    }
}
