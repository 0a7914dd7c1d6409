package org.embedscope.model.umap;

import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.numeric.ParallelFor;

/**
 * UMAP's graph of the input: each point's k neighbours get memberships
 * exp(-(d - rho) / sigma), where rho is the distance to its nearest neighbour (so that every point
 * is fully connected to at least one other, the local-connectivity assumption) and sigma is found by
 * bisection so that the memberships sum to log2(k); the two directed memberships of a pair are then
 * combined by fuzzy union, a + b - ab.
 */
public final class FuzzySimplicialSet {
    private static final int MAX_STEPS = 64;
    private static final double TOLERANCE = 1e-5;
    /** As in umap-learn: sigma never falls below this share of the point's mean neighbour distance. */
    private static final double MIN_SIGMA_SCALE = 1e-3;
    private static final int POINTS_PER_CHUNK = 2048;

    private FuzzySimplicialSet() {
    }

    /** Directed memberships in the kNN graph's layout: row i holds i's memberships of its k neighbours. */
    public static float[] memberships(KnnGraph knn, Progress progress) {
        int n = knn.points();
        int k = knn.k();
        double target = Math.log(k) / Math.log(2);
        float[] out = new float[n * k];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, progress, c -> {
            double[] d = new double[k];
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int r = 0; r < k; r++) {
                    d[r] = knn.distance(i, r);
                }
                calibrateRow(d, target, out, i * k);
            }
        });
        return out;
    }

    /** Finds rho and sigma for one row of distances and writes its memberships. */
    public static void calibrateRow(double[] d, double target, float[] out, int offset) {
        int k = d.length;
        double rho = 0;
        double mean = 0;
        for (double v : d) {
            mean += v;
            if (v > 0 && (rho == 0 || v < rho)) {
                rho = v;
            }
        }
        mean /= k;
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        double sigma = 1;
        for (int step = 0; step < MAX_STEPS; step++) {
            double sum = membershipSum(d, rho, sigma);
            if (Math.abs(sum - target) < TOLERANCE) {
                break;
            }
            if (sum > target) {
                hi = sigma;
                sigma = (lo + hi) / 2;
            } else {
                lo = sigma;
                sigma = hi == Double.POSITIVE_INFINITY ? sigma * 2 : (lo + hi) / 2;
            }
        }
        if (rho > 0) {
            sigma = Math.max(sigma, MIN_SIGMA_SCALE * mean);
        }
        for (int r = 0; r < k; r++) {
            double excess = d[r] - rho;
            out[offset + r] = excess <= 0 ? 1f : (float) Math.exp(-excess / sigma);
        }
    }

    private static double membershipSum(double[] d, double rho, double sigma) {
        double sum = 0;
        for (double v : d) {
            double excess = v - rho;
            sum += excess <= 0 ? 1 : Math.exp(-excess / sigma);
        }
        return sum;
    }

    /** The symmetric graph: for each pair, a + b - ab of its two directed memberships. */
    public static UmapGraph union(KnnGraph knn, float[] memberships) {
        int n = knn.points();
        int k = knn.k();
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                starts[i + 1]++;
                starts[knn.neighbor(i, r) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            starts[i + 1] += starts[i];
        }
        // every directed membership i->j lands in row i as "forward" and in row j as "reverse"
        int[] fill = starts.clone();
        long[] keyed = new long[starts[n]];
        float[] values = new float[starts[n]];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < k; r++) {
                int j = knn.neighbor(i, r);
                float w = memberships[i * k + r];
                values[fill[i]] = w;
                keyed[fill[i]] = key(j, true, fill[i]);
                fill[i]++;
                values[fill[j]] = w;
                keyed[fill[j]] = key(i, false, fill[j]);
                fill[j]++;
            }
        }
        return merged(n, starts, keyed, values);
    }

    /** Sort key: target, then the direction, then the slot the value sits in. */
    private static long key(int target, boolean forward, int slot) {
        return ((long) target << 32) | (forward ? 0L : 1L << 31) | slot;
    }

    private static UmapGraph merged(int n, int[] starts, long[] keyed, float[] values) {
        int[] offsets = new int[n + 1];
        int[] targets = new int[keyed.length];
        float[] weights = new float[keyed.length];
        int out = 0;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.sort(keyed, starts[i], starts[i + 1]);
            int e = starts[i];
            while (e < starts[i + 1]) {
                int target = (int) (keyed[e] >>> 32);
                double forward = 0;
                double reverse = 0;
                for (; e < starts[i + 1] && (int) (keyed[e] >>> 32) == target; e++) {
                    double w = values[(int) (keyed[e] & 0x7FFFFFFFL)];
                    if ((keyed[e] & (1L << 31)) == 0) {
                        forward = w;
                    } else {
                        reverse = w;
                    }
                }
                if (target != i) {
                    targets[out] = target;
                    weights[out++] = (float) (forward + reverse - forward * reverse);
                }
            }
            offsets[i + 1] = out;
        }
        return new UmapGraph(n, offsets, java.util.Arrays.copyOf(targets, out), java.util.Arrays.copyOf(weights, out));
    }
}
