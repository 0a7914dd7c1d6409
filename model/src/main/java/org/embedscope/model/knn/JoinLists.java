package org.embedscope.model.knn;

/**
 * For each point, its first few forward neighbours followed by up to as many reverse neighbours
 * (points that list it among their first few), with the "added last round" flag of each edge.
 * Reverse lists are filled in point order, so they are the same on every run.
 */
final class JoinLists {
    final int[] id;
    final boolean[] fresh;
    private final int[] starts;
    private final int[] ends;

    private JoinLists(int[] id, boolean[] fresh, int[] starts, int[] ends) {
        this.id = id;
        this.fresh = fresh;
        this.starts = starts;
        this.ends = ends;
    }

    int start(int point) {
        return starts[point];
    }

    int end(int point) {
        return ends[point];
    }

    static JoinLists of(int[] ids, boolean[] freshEdges, int n, int k, int fanOut) {
        int slots = 2 * fanOut;
        int[] id = new int[n * slots];
        boolean[] fresh = new boolean[n * slots];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i * slots;
            for (int r = 0; r < fanOut; r++) {
                id[i * slots + r] = ids[i * k + r];
                fresh[i * slots + r] = freshEdges[i * k + r];
            }
            ends[i] = i * slots + fanOut;
        }
        int[] reverseCount = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < fanOut; r++) {
                int v = ids[i * k + r];
                if (reverseCount[v] < fanOut && !contains(id, v * slots, v * slots + fanOut, i)) {
                    int slot = v * slots + fanOut + reverseCount[v]++;
                    id[slot] = i;
                    fresh[slot] = freshEdges[i * k + r];
                    ends[v] = slot + 1;
                }
            }
        }
        return new JoinLists(id, fresh, starts, ends);
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
