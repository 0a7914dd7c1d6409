package org.embedscope.model.tsne;

import java.util.Arrays;
import org.embedscope.model.linalg.Chunks;

/**
 * A quadtree (2D) or octree (3D) over the map, rebuilt every iteration in flat arrays: points are
 * sorted by Morton code, so every cell is a contiguous run of sorted points, and nodes are laid out
 * in depth-first order with a "skip" index past each subtree, so a traversal needs no stack.
 * Chains of single-child cells are collapsed, which keeps the node count below 2n.
 */
final class SpaceTree {
    private static final int INDEX_BITS = 24;
    static final int MAX_POINTS = 1 << INDEX_BITS;
    static final int LEAF_SIZE = 8;

    final int dims;
    final int n;
    /** Bits per axis of the Morton code: 19 in 2D, 13 in 3D, so that code and index fit a long. */
    final int levels;
    /** Point ids in Morton order, and their coordinates in that order. */
    final int[] order;
    final long[] codes;
    final double[] x;
    final double[] y;
    final double[] z;

    int nodes;
    double[] comX = new double[64];
    double[] comY = new double[64];
    double[] comZ = new double[64];
    int[] count = new int[64];
    double[] widthSquared = new double[64];
    int[] skip = new int[64];
    int[] first = new int[64];
    boolean[] leaf = new boolean[64];
    /** A point is inside the node's cell iff {@code code >>> shift == prefix}. */
    long[] prefix = new long[64];
    int[] shift = new int[64];

    private final double side;

    private SpaceTree(int dims, int n, int[] order, long[] codes, double[] x, double[] y, double[] z, double side) {
        this.dims = dims;
        this.n = n;
        this.levels = dims == 2 ? 19 : 13;
        this.order = order;
        this.codes = codes;
        this.x = x;
        this.y = y;
        this.z = z;
        this.side = side;
    }

    static SpaceTree build(double[] positions, int n, int dims) {
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("too many points for the tree: " + n);
        }
        double[] bounds = bounds(positions, n, dims);
        double side = 0;
        for (int d = 0; d < dims; d++) {
            side = Math.max(side, bounds[dims + d] - bounds[d]);
        }
        side = side > 0 ? side * (1 + 1e-9) : 1e-9;
        int levels = dims == 2 ? 19 : 13;
        double scale = (1 << levels) / side;
        long[] keys = new long[n];
        Chunks.run(n, 8192, c -> {
            int end = Math.min(n, (c + 1) * 8192);
            for (int i = c * 8192; i < end; i++) {
                long code = 0;
                for (int d = 0; d < dims; d++) {
                    long cell = Math.min((1L << levels) - 1, (long) ((positions[i * dims + d] - bounds[d]) * scale));
                    code |= spread(cell, dims) << d;
                }
                keys[i] = code << INDEX_BITS | i;
            }
        });
        Arrays.parallelSort(keys);
        int[] order = new int[n];
        long[] codes = new long[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = dims == 3 ? new double[n] : null;
        for (int s = 0; s < n; s++) {
            int i = (int) (keys[s] & (MAX_POINTS - 1));
            order[s] = i;
            codes[s] = keys[s] >>> INDEX_BITS;
            x[s] = positions[i * dims];
            y[s] = positions[i * dims + 1];
            if (z != null) {
                z[s] = positions[i * dims + 2];
            }
        }
        SpaceTree tree = new SpaceTree(dims, n, order, codes, x, y, z, side);
        tree.addNode(0, n, 0);
        return tree;
    }

    /** Spreads the low bits of v so that consecutive bits land {@code dims} positions apart. */
    private static long spread(long v, int dims) {
        if (dims == 2) {
            v &= 0xFFFFFFFFL;
            v = (v | v << 16) & 0x0000FFFF0000FFFFL;
            v = (v | v << 8) & 0x00FF00FF00FF00FFL;
            v = (v | v << 4) & 0x0F0F0F0F0F0F0F0FL;
            v = (v | v << 2) & 0x3333333333333333L;
            return (v | v << 1) & 0x5555555555555555L;
        }
        v &= 0x1FFFFFL;
        v = (v | v << 32) & 0x001F00000000FFFFL;
        v = (v | v << 16) & 0x001F0000FF0000FFL;
        v = (v | v << 8) & 0x100F00F00F00F00FL;
        v = (v | v << 4) & 0x10C30C30C30C30C3L;
        return (v | v << 2) & 0x1249249249249249L;
    }

    private static double[] bounds(double[] positions, int n, int dims) {
        double[] b = new double[2 * dims];
        for (int d = 0; d < dims; d++) {
            b[d] = Double.POSITIVE_INFINITY;
            b[dims + d] = Double.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                double v = positions[i * dims + d];
                b[d] = Math.min(b[d], v);
                b[dims + d] = Math.max(b[dims + d], v);
            }
        }
        return b;
    }

    /** Adds the node for sorted points [lo, hi) whose codes agree on the first {@code level} digits. */
    private void addNode(int lo, int hi, int level) {
        // Descend through levels where every point falls in the same child.
        while (level < levels && hi - lo > LEAF_SIZE && digit(codes[lo], level) == digit(codes[hi - 1], level)) {
            level++;
        }
        int node = nodes++;
        ensureCapacity(nodes);
        int bitsLeft = dims * (levels - level);
        shift[node] = bitsLeft;
        prefix[node] = bitsLeft >= 63 ? 0 : codes[lo] >>> bitsLeft;
        double width = side / (1L << level);
        widthSquared[node] = width * width;
        first[node] = lo;
        count[node] = hi - lo;
        if (hi - lo <= LEAF_SIZE || level >= levels) {
            leaf[node] = true;
            double sx = 0;
            double sy = 0;
            double sz = 0;
            for (int s = lo; s < hi; s++) {
                sx += x[s];
                sy += y[s];
                sz += z != null ? z[s] : 0;
            }
            setCentre(node, sx, sy, sz, hi - lo);
        } else {
            leaf[node] = false;
            double sx = 0;
            double sy = 0;
            double sz = 0;
            int start = lo;
            while (start < hi) {
                int end = endOfDigit(start, hi, level);
                int child = nodes;
                addNode(start, end, level + 1);
                sx += comX[child] * count[child];
                sy += comY[child] * count[child];
                sz += comZ[child] * count[child];
                start = end;
            }
            setCentre(node, sx, sy, sz, hi - lo);
        }
        skip[node] = nodes;
    }

    private void setCentre(int node, double sx, double sy, double sz, int points) {
        comX[node] = sx / points;
        comY[node] = sy / points;
        comZ[node] = sz / points;
    }

    /** The end of the run of sorted points from {@code start} sharing its digit at this level. */
    private int endOfDigit(int start, int hi, int level) {
        int digit = digit(codes[start], level);
        int lo = start + 1;
        int top = hi;
        while (lo < top) {
            int mid = (lo + top) >>> 1;
            if (digit(codes[mid], level) == digit) {
                lo = mid + 1;
            } else {
                top = mid;
            }
        }
        return lo;
    }

    /** The child digit (0 .. 2^dims - 1) of a code at a level (0 = the root's split). */
    private int digit(long code, int level) {
        return (int) (code >>> (dims * (levels - level - 1))) & ((1 << dims) - 1);
    }

    private void ensureCapacity(int size) {
        if (size <= count.length) {
            return;
        }
        int capacity = Math.max(size, count.length * 2);
        comX = Arrays.copyOf(comX, capacity);
        comY = Arrays.copyOf(comY, capacity);
        comZ = Arrays.copyOf(comZ, capacity);
        count = Arrays.copyOf(count, capacity);
        widthSquared = Arrays.copyOf(widthSquared, capacity);
        skip = Arrays.copyOf(skip, capacity);
        first = Arrays.copyOf(first, capacity);
        leaf = Arrays.copyOf(leaf, capacity);
        prefix = Arrays.copyOf(prefix, capacity);
        shift = Arrays.copyOf(shift, capacity);
    }
}
