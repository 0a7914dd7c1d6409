package org.embedscope.model.tsne;

import java.util.Arrays;
import org.embedscope.model.numeric.ParallelFor;

/**
 * A quadtree (2D) or octree (3D) over the map, rebuilt every iteration in flat arrays: points are
 * sorted by Morton code, so every cell is a contiguous run of sorted points, and nodes are laid out
 * in depth-first order with a "skip" index past each subtree, so a traversal needs no stack.
 * Chains of single-child cells are collapsed, which keeps the node count below 2n.
 */
final class SpaceTree {
    static final int LEAF_SIZE = 8;
    private static final int SMALL_RADIX_BITS = 11;
    private static final int LARGE_RADIX_BITS = 16;

    final int dims;
    final int n;
    /**
     * Bits per axis of the Morton code: 32 in 2D, 21 in 3D. The depth matters: early in an
     * optimisation a few points may fly far out while the rest still sit in a tiny blob, and a
     * shallow tree would lump that blob into one huge leaf (quadratic work).
     */
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

    private final double side;

    private SpaceTree(int dims, int n, int[] order, long[] codes, double[] x, double[] y, double[] z, double side) {
        this.dims = dims;
        this.n = n;
        this.levels = levels(dims);
        this.order = order;
        this.codes = codes;
        this.x = x;
        this.y = y;
        this.z = z;
        this.side = side;
    }

    private static int levels(int dims) {
        return dims == 2 ? 32 : 21;
    }

    static SpaceTree build(double[] positions, int n, int dims) {
        double[] bounds = bounds(positions, n, dims);
        double side = 0;
        for (int d = 0; d < dims; d++) {
            side = Math.max(side, bounds[dims + d] - bounds[d]);
        }
        if (!Double.isFinite(side)) {
            throw new ArithmeticException("t-SNE diverged (positions are not finite); try a smaller learning rate");
        }
        side = side > 0 ? side * (1 + 1e-9) : 1e-9;
        int levels = levels(dims);
        double scale = Math.scalb(1.0, levels) / side;
        long maxCell = (1L << levels) - 1;
        long[] keys = new long[n];
        ParallelFor.chunks(n, 8192, c -> {
            int end = Math.min(n, (c + 1) * 8192);
            for (int i = c * 8192; i < end; i++) {
                long code = 0;
                for (int d = 0; d < dims; d++) {
                    long cell = Math.min(maxCell, (long) ((positions[i * dims + d] - bounds[d]) * scale));
                    code |= spread(cell, dims) << d;
                }
                keys[i] = code;
            }
        });
        int[] order = new int[n];
        long[] codes = new long[n];
        radixSort(keys, n, order, codes);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = dims == 3 ? new double[n] : null;
        for (int s = 0; s < n; s++) {
            int i = order[s];
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

    /**
     * Stable least-significant-digit radix sort of the codes as unsigned numbers: fills
     * {@code order} with point ids by code (ties by id) and {@code sorted} with their codes.
     * Digits on which all codes agree are skipped.
     */
    private static void radixSort(long[] keys, int n, int[] order, long[] sorted) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        long[] current = keys.clone();
        long[] nextKeys = new long[n];
        int[] nextIds = new int[n];
        // Wide digits halve the passes for big maps; narrow ones keep small maps cheap.
        int bits = n > 1 << 16 ? LARGE_RADIX_BITS : SMALL_RADIX_BITS;
        int buckets = 1 << bits;
        int[] count = new int[buckets + 1];
        for (int shift = 0; shift < 64; shift += bits) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (current[i] >>> shift) & (buckets - 1)]++;
            }
            if (n == 0 || count[(int) (current[0] >>> shift) & (buckets - 1)] == n) {
                continue;
            }
            int running = 0;
            for (int b = 0; b < buckets; b++) {
                int c = count[b];
                count[b] = running;
                running += c;
            }
            for (int i = 0; i < n; i++) {
                int slot = count[(int) (current[i] >>> shift) & (buckets - 1)]++;
                nextKeys[slot] = current[i];
                nextIds[slot] = ids[i];
            }
            long[] t = current;
            current = nextKeys;
            nextKeys = t;
            int[] u = ids;
            ids = nextIds;
            nextIds = u;
        }
        System.arraycopy(ids, 0, order, 0, n);
        System.arraycopy(current, 0, sorted, 0, n);
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
        double width = Math.scalb(side, -level);
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
    }
}
