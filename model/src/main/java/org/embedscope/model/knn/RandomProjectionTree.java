package org.embedscope.model.knn;

import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * One random-projection tree: points are split recursively by the hyperplane halfway between two
 * random members (for unit rows, the plane through the origin between them), down to leaves of at
 * most {@code leafSize} points. Neighbours tend to share leaves, so the leaves of a few trees give
 * good candidates. Built from its own seed, so a forest is the same however threads interleave.
 */
final class RandomProjectionTree {
    /** Point ids grouped leaf by leaf. */
    final int[] order;
    /** Leaf i holds {@code order[leafStarts[i] .. leafStarts[i+1])}. */
    final int[] leafStarts;

    private RandomProjectionTree(int[] order, int[] leafStarts) {
        this.order = order;
        this.leafStarts = leafStarts;
    }

    /** This tree's leaves over points renumbered in its own leaf order (ids 0..n-1 in sequence). */
    RandomProjectionTree renumbered() {
        int[] identity = new int[order.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new RandomProjectionTree(identity, leafStarts);
    }

    int leaves() {
        return leafStarts.length - 1;
    }

    static RandomProjectionTree build(PaddedRows rows, int leafSize, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = rows.n;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        float[] normal = new float[rows.width];
        float[] side = new float[n];
        int[] leafStarts = new int[n + 2];
        int leaves = 0;
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, n});
        while (!stack.isEmpty()) {
            int[] range = stack.pop();
            int lo = range[0];
            int hi = range[1];
            if (hi - lo <= leafSize) {
                leafStarts[leaves++] = lo;
                continue;
            }
            int mid = split(rows, order, lo, hi, random, normal, side, kernel);
            // Push the right half first so leaves come out left to right.
            stack.push(new int[] {mid, hi});
            stack.push(new int[] {lo, mid});
        }
        int[] starts = java.util.Arrays.copyOf(leafStarts, leaves + 1);
        starts[leaves] = n;
        return new RandomProjectionTree(order, starts);
    }

    /** Partitions {@code order[lo..hi)} and returns the first index of the upper side. */
    private static int split(PaddedRows rows, int[] order, int lo, int hi, SplittableRandom random,
                             float[] normal, float[] side, MatrixKernel kernel) {
        int size = hi - lo;
        int a = order[lo + random.nextInt(size)];
        int b = order[lo + random.nextInt(size)];
        for (int attempt = 0; attempt < 8 && sameRow(rows, a, b); attempt++) {
            b = order[lo + random.nextInt(size)];
        }
        int width = rows.width;
        for (int d = 0; d < width; d++) {
            normal[d] = rows.rows[a * width + d] - rows.rows[b * width + d];
        }
        float offset = (rows.squaredNorms[a] - rows.squaredNorms[b]) / 2;
        for (int i = lo; i < hi; i++) {
            side[i] = kernel.dot(rows.rows, order[i] * width, normal, 0, width) - offset;
        }
        int left = lo;
        int right = hi - 1;
        boolean tieLeft = true;
        while (left <= right) {
            float s = side[left];
            boolean goesLeft = s < 0 || s == 0 && (tieLeft = !tieLeft);
            if (goesLeft) {
                left++;
            } else {
                swap(order, side, left, right);
                right--;
            }
        }
        if (left == lo || left == hi) {
            // Duplicate rows: no hyperplane separates them, so halve the range arbitrarily.
            return lo + size / 2;
        }
        return left;
    }

    private static boolean sameRow(PaddedRows rows, int a, int b) {
        int width = rows.width;
        for (int d = 0; d < width; d++) {
            if (rows.rows[a * width + d] != rows.rows[b * width + d]) {
                return false;
            }
        }
        return true;
    }

    private static void swap(int[] order, float[] side, int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
        float s = side[i];
        side[i] = side[j];
        side[j] = s;
    }
}
