package org.embedscope.model.knn;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.MatrixKernel;

/**
 * NN-descent's refinement (Dong, Moses and Li 2011): a neighbour of a neighbour is likely a
 * neighbour. Each round, around every point, its sampled new and old neighbours (forward and
 * reverse) are scored against each other, new with new and new with old, and every pair is offered
 * to both of its points' heaps. Scoring a point's candidates as one small matrix product keeps the
 * rows in cache and the arithmetic in the SIMD kernel. Rounds stop once few lists change.
 */
final class NnDescent {
    private static final int POINTS_PER_CHUNK = 512;

    private NnDescent() {
    }

    /**
     * Refines the heaps in place for at most {@code rounds} rounds; reports each round on
     * {@code progress} between {@code from} and {@code to}.
     */
    static void refine(PaddedRows rows, NeighbourHeaps heaps, int rounds, int capacity, double stopFraction,
                       long seed, MatrixKernel kernel, Progress progress, double from, double to) {
        long stop = (long) Math.ceil(stopFraction * heaps.n * heaps.k);
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(2 * capacity, rows.width));
        JoinCandidates lists = new JoinCandidates(heaps.n, capacity);
        for (int round = 0; round < rounds; round++) {
            progress.checkCancelled();
            progress.update(from + (to - from) * round / rounds, "approximate neighbours: refining, round " + (round + 1));
            lists.sample(heaps, seed, round);
            ParallelFor.chunks(rows.n, POINTS_PER_CHUNK, progress, c -> {
                Scratch s = scratch.get();
                int end = Math.min(rows.n, (c + 1) * POINTS_PER_CHUNK);
                for (int v = c * POINTS_PER_CHUNK; v < end; v++) {
                    join(rows, heaps, lists, v, s, kernel);
                }
            });
            long changed = heaps.settleRound();
            progress.update(from + (to - from) * (round + 1) / rounds, String.format(java.util.Locale.ROOT,
                    "approximate neighbours: round %d changed %.2f%% of the lists", round + 1,
                    100.0 * changed / heaps.n / heaps.k));
            if (changed < stop) {
                return;
            }
        }
    }

    /**
     * The local join around v. Each member's partners (every
     * other member for a new one, the new ones for an old one) are offered to its own heap, whose ids
     * are looked up among the members first: most partners are already neighbours, and a lookup in
     * a small table is cheaper than a search of the heap. Reading the heap while another thread
     * changes it is safe: an id seen but evicted meanwhile cannot enter again (the heap only gets
     * better), and one missed is caught by the search in {@link NeighbourHeaps#offer}.
     */
    private static void join(PaddedRows rows, NeighbourHeaps heaps, JoinCandidates lists, int v, Scratch s,
                             MatrixKernel kernel) {
        if (lists.newCount(v) == 0) {
            return;
        }
        s.clear();
        for (int a = 0; a < lists.newCount(v); a++) {
            s.add(lists.newId(v, a));
        }
        int fresh = s.count;
        for (int a = 0; a < lists.oldCount(v); a++) {
            s.add(lists.oldId(v, a));
        }
        int all = s.count;
        int width = rows.width;
        int columns = MatrixKernel.padded(all);
        for (int a = 0; a < all; a++) {
            int id = s.members[a];
            System.arraycopy(rows.rows, id * width, s.rows, a * width, width);
            for (int d = 0; d < width; d++) {
                s.transposed[d * columns + a] = rows.rows[id * width + d];
            }
        }
        for (int d = 0; d < width; d++) {
            java.util.Arrays.fill(s.transposed, d * columns + all, d * columns + columns, 0f);
        }
        java.util.Arrays.fill(s.gram, 0, fresh * columns, 0f);
        kernel.multiplyAdd(fresh, columns, width, s.rows, 0, width, 1, s.transposed, 0, columns, s.gram, 0, columns);
        int k = heaps.k;
        for (int a = 0; a < all; a++) {
            int p = s.members[a];
            // Which members p already lists: its heap's ids looked up in the members' table.
            long[] listed = s.listed;
            java.util.Arrays.fill(listed, 0L);
            listed[a >>> 6] |= 1L << a;
            for (int r = p * k; r < p * k + k; r++) {
                int at = s.find(heaps.ids[r]);
                if (at >= 0) {
                    listed[at >>> 6] |= 1L << at;
                }
            }
            // A new member meets every other member; an old one the new ones only, whose scores
            // with it are the new rows' scores, read down its column.
            boolean isNew = a < fresh;
            int partners = isNew ? all : fresh;
            for (int b = 0; b < partners; b++) {
                if ((listed[b >>> 6] & (1L << b)) == 0) {
                    int q = s.members[b];
                    float dot = isNew ? s.gram[a * columns + b] : s.gram[b * columns + a];
                    if (p != q) {
                        heaps.offer(p, q, rows.score(dot, q));
                    }
                }
            }
        }
    }

    /** One thread's buffers for the local joins. */
    private static final class Scratch {
        final int[] members;
        final float[] rows;
        final float[] transposed;
        final float[] gram;
        final long[] listed;
        private final int[] slots;
        private final int mask;
        private final int shift;

        int count;

        void clear() {
            java.util.Arrays.fill(slots, -1);
            count = 0;
        }

        /** Adds a member unless it is one already (a mutual pair, or new and old at once). */
        void add(int id) {
            int at = slot(id);
            while (slots[at] >= 0) {
                if (members[slots[at]] == id) {
                    return;
                }
                at = (at + 1) & mask;
            }
            slots[at] = count;
            members[count++] = id;
        }

        /** A member's position, or -1. */
        int find(int id) {
            for (int at = slot(id); slots[at] >= 0; at = (at + 1) & mask) {
                if (members[slots[at]] == id) {
                    return slots[at];
                }
            }
            return -1;
        }

        private int slot(int id) {
            return (id * 0x9E3779B9) >>> shift;
        }

        Scratch(int most, int width) {
            // Eight slots or more a member: lookups, mostly of ids that are not members, end at once.
            slots = new int[Integer.highestOneBit(Math.max(1, most)) * 16];
            mask = slots.length - 1;
            shift = Integer.numberOfLeadingZeros(slots.length) + 1;
            listed = new long[(most + 63) / 64];
            int columns = MatrixKernel.padded(most);
            members = new int[most];
            rows = new float[most * width];
            transposed = new float[width * columns];
            gram = new float[most * columns];
        }
    }
}
