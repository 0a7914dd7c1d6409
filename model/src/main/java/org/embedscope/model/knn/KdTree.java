package org.embedscope.model.knn;

import org.embedscope.model.numeric.TopK;
/**
 * A static k-d tree over low-dimensional float points, nodes in flat arrays. Each node owns a
 * contiguous range of the permuted ids; inner nodes split it at the median of their widest axis.
 */
final class KdTree {
    private final float[] points;
    private final int dims;
    private final int[] ids;
    // Per node: id range, split axis (-1 for a leaf), split value, children.
    private int[] from;
    private int[] to;
    private int[] axis;
    private float[] split;
    private int[] left;
    private int[] right;
    private int nodes;

    private KdTree(float[] points, int n, int dims) {
        this.points = points;
        this.dims = dims;
        this.ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        int capacity = Math.max(1, 2 * n / 4 + 2);
        from = new int[capacity];
        to = new int[capacity];
        axis = new int[capacity];
        split = new float[capacity];
        left = new int[capacity];
        right = new int[capacity];
    }

    static KdTree build(float[] points, int n, int dims, int leafSize) {
        KdTree tree = new KdTree(points, n, dims);
        tree.buildNode(0, n, leafSize);
        return tree;
    }

    private int buildNode(int lo, int hi, int leafSize) {
        int node = nodes++;
        grow(nodes);
        from[node] = lo;
        to[node] = hi;
        int widest = widestAxis(lo, hi);
        if (hi - lo <= leafSize || widest < 0) {
            axis[node] = -1;
            return node;
        }
        int mid = (lo + hi) >>> 1;
        select(lo, hi, mid, widest);
        axis[node] = widest;
        split[node] = points[ids[mid] * dims + widest];
        int l = buildNode(lo, mid, leafSize);
        int r = buildNode(mid, hi, leafSize);
        left[node] = l;
        right[node] = r;
        return node;
    }

    /** The axis with the largest spread, or -1 when all points coincide. */
    private int widestAxis(int lo, int hi) {
        int best = -1;
        float bestSpread = 0;
        for (int d = 0; d < dims; d++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                float v = points[ids[i] * dims + d];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > bestSpread) {
                bestSpread = max - min;
                best = d;
            }
        }
        return best;
    }

    /** Quickselect: afterwards ids[lo..nth) <= ids[nth] <= ids[nth+1..hi) along the axis. */
    private void select(int lo, int hi, int nth, int d) {
        int l = lo;
        int r = hi - 1;
        while (l < r) {
            float pivot = value(ids[(l + r) >>> 1], d);
            int i = l;
            int j = r;
            while (i <= j) {
                while (value(ids[i], d) < pivot) {
                    i++;
                }
                while (value(ids[j], d) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = ids[i];
                    ids[i] = ids[j];
                    ids[j] = t;
                    i++;
                    j--;
                }
            }
            if (nth <= j) {
                r = j;
            } else if (nth >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    private float value(int id, int d) {
        return points[id * dims + d];
    }

    /** Fills heap 0 with the k nearest points to point {@code query} (itself excluded); score = -d^2. */
    void search(int query, TopK heaps) {
        float[] q = new float[dims];
        for (int d = 0; d < dims; d++) {
            q[d] = points[query * dims + d];
        }
        visit(0, query, q, heaps);
    }

    private void visit(int node, int query, float[] q, TopK heaps) {
        if (axis[node] < 0) {
            for (int i = from[node]; i < to[node]; i++) {
                int id = ids[i];
                if (id != query) {
                    float d2 = 0;
                    for (int d = 0; d < dims; d++) {
                        float diff = q[d] - points[id * dims + d];
                        d2 += diff * diff;
                    }
                    heaps.offer(0, id, -d2);
                }
            }
            return;
        }
        float delta = q[axis[node]] - split[node];
        int near = delta < 0 ? left[node] : right[node];
        int far = delta < 0 ? right[node] : left[node];
        visit(near, query, q, heaps);
        // Ties on the splitting plane may sit on either side, hence <= rather than <.
        if (-delta * delta >= heaps.threshold(0)) {
            visit(far, query, q, heaps);
        }
    }

    private void grow(int size) {
        if (size <= from.length) {
            return;
        }
        int capacity = Math.max(size, from.length * 2);
        from = java.util.Arrays.copyOf(from, capacity);
        to = java.util.Arrays.copyOf(to, capacity);
        axis = java.util.Arrays.copyOf(axis, capacity);
        split = java.util.Arrays.copyOf(split, capacity);
        left = java.util.Arrays.copyOf(left, capacity);
        right = java.util.Arrays.copyOf(right, capacity);
    }
}
