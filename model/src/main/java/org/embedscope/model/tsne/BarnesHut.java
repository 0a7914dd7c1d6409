package org.embedscope.model.tsne;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.simd.ForceKernel;
import org.embedscope.model.simd.Simd;

/**
 * Repulsive t-SNE forces by Barnes-Hut. With w = 1 / (1 + |y_i - y_j|^2) it accumulates for each
 * point {@code z_i = sum_j w} and {@code f_i = sum_j w^2 (y_i - y_j)}; the normalised repulsion is
 * {@code f_i / Z} with {@code Z = sum_i z_i}.
 *
 * <p>Instead of walking the tree once per point, it walks once per group of nearby points (a
 * subtree of at most {@link #GROUP_SIZE} points): a cell is summarised by its centre of mass when
 * its width is below {@code theta} times its distance from the group's bounding box, which is at
 * most the distance from any member. The walk yields one list of (position, weight) terms shared
 * by the whole group, evaluated by a branch-free SIMD loop. Groups are fixed by the tree and each
 * point's sums are formed in list order, so results never depend on thread timing.
 */
final class BarnesHut {
    static final int GROUP_SIZE = 128;

    private BarnesHut() {
    }

    /**
     * Writes the unnormalised repulsion of every point into {@code forces} (n x dims, original
     * order) and returns Z.
     */
    static double repulsion(double[] positions, int n, int dims, double theta, double[] forces) {
        return repulsion(positions, n, dims, theta, forces, Progress.NONE);
    }

    /**
     * As {@link #repulsion(double[], int, int, double, double[])}, checking for cancellation between
     * chunks of groups: one walk of the whole tree can take hundreds of ms before the JIT has compiled
     * the force kernel, far longer than a cancel may wait.
     */
    static double repulsion(double[] positions, int n, int dims, double theta, double[] forces, Progress progress) {
        SpaceTree tree = SpaceTree.build(positions, n, dims);
        int[] groups = groups(tree);
        double theta2 = theta * theta;
        double[] partialZ = new double[groups.length];
        ForceKernel kernel = Simd.kernels().forces();
        ParallelFor.chunks(groups.length, 4, progress, c -> {
            InteractionList list = new InteractionList(dims);
            int end = Math.min(groups.length, (c + 1) * 4);
            for (int g = c * 4; g < end; g++) {
                list.clear();
                collect(tree, groups[g], theta2, list);
                partialZ[g] = evaluate(tree, groups[g], list, kernel, forces);
            }
        });
        double z = 0;
        for (double v : partialZ) {
            z += v;
        }
        return z;
    }

    /** The topmost nodes holding at most GROUP_SIZE points, in tree order. */
    private static int[] groups(SpaceTree t) {
        int[] out = new int[t.nodes];
        int count = 0;
        int node = 0;
        while (node < t.nodes) {
            if (t.count[node] <= GROUP_SIZE || t.leaf[node]) {
                out[count++] = node;
                node = t.skip[node];
            } else {
                node++;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static void collect(SpaceTree t, int group, double theta2, InteractionList list) {
        int dims = t.dims;
        double[] box = bounds(t, group);
        int node = 0;
        while (node < t.nodes) {
            double dx = gap(t.comX[node], box[0], box[dims]);
            double dy = gap(t.comY[node], box[1], box[dims + 1]);
            double dz = dims == 3 ? gap(t.comZ[node], box[2], box[5]) : 0;
            double d2 = dx * dx + dy * dy + dz * dz;
            boolean encloses = node <= group && t.skip[node] > group;
            if (!encloses && t.widthSquared[node] < theta2 * d2) {
                list.add(t.comX[node], t.comY[node], t.comZ[node], t.count[node]);
                node = t.skip[node];
            } else if (t.leaf[node]) {
                int end = t.first[node] + t.count[node];
                for (int j = t.first[node]; j < end; j++) {
                    list.add(t.x[j], t.y[j], dims == 3 ? t.z[j] : 0, 1);
                }
                node = t.skip[node];
            } else {
                node++;
            }
        }
    }

    /** Distance from v to the interval [lo, hi] (0 inside). */
    private static double gap(double v, double lo, double hi) {
        return v < lo ? lo - v : v > hi ? v - hi : 0;
    }

    private static double[] bounds(SpaceTree t, int group) {
        int dims = t.dims;
        double[] b = new double[2 * dims];
        for (int d = 0; d < dims; d++) {
            b[d] = Double.POSITIVE_INFINITY;
            b[dims + d] = Double.NEGATIVE_INFINITY;
        }
        int end = t.first[group] + t.count[group];
        for (int s = t.first[group]; s < end; s++) {
            b[0] = Math.min(b[0], t.x[s]);
            b[dims] = Math.max(b[dims], t.x[s]);
            b[1] = Math.min(b[1], t.y[s]);
            b[dims + 1] = Math.max(b[dims + 1], t.y[s]);
            if (dims == 3) {
                b[2] = Math.min(b[2], t.z[s]);
                b[5] = Math.max(b[5], t.z[s]);
            }
        }
        return b;
    }

    /**
     * Sums the list for each member. A member meets itself in the list once, at distance 0, which
     * adds exactly 1 to its z and nothing to its force; that 1 is taken off again.
     */
    private static double evaluate(SpaceTree t, int group, InteractionList list, ForceKernel kernel, double[] forces) {
        int dims = t.dims;
        double[] out = new double[4];
        double z = 0;
        int end = t.first[group] + t.count[group];
        int count = list.paddedSize();
        for (int s = t.first[group]; s < end; s++) {
            kernel.sum(list.x, list.y, list.z, list.weight, count, dims, (float) t.x[s], (float) t.y[s],
                    dims == 3 ? (float) t.z[s] : 0f, out);
            int i = t.order[s];
            for (int d = 0; d < dims; d++) {
                forces[i * dims + d] = out[1 + d];
            }
            z += out[0] - 1;
        }
        return z;
    }
}
