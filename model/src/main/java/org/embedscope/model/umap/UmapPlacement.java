package org.embedscope.model.umap;

import org.embedscope.model.Progress;
import org.embedscope.model.knn.QueryNeighbours;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.PlacementStarts;
import org.embedscope.model.numeric.PointDescent;
import org.embedscope.model.numeric.PointObjective;

/**
 * Places a new point onto a finished UMAP map without moving the map, as umap-learn's transform
 * does in spirit: the point's fuzzy memberships of its nearest mapped words (rho and sigma as in the
 * run), then the position minimising UMAP's cross-entropy with the map held fixed. Where the run
 * samples negatives, this sums the repulsion of every point with the weight negative sampling gave
 * a mapped word on average, so the same query always lands on the same spot: in the run each edge
 * pulls both its ends and pushes its head away from five random points, so a word settled under
 * twice its memberships' pull against five times their push (times the repulsion strength),
 * spread over the map. The new point
 * gets the same balance, and lands where the run would have put a word with its neighbours.
 */
public final class UmapPlacement {
    private static final double NEGATIVES_PER_EDGE = 5;
    /** An edge pulls both of its ends, once as head and once as tail. */
    private static final double PULLS_PER_EDGE = 2;
    /** Keeps the repulsion finite where points coincide (umap-learn adds 0.001 for the same reason). */
    private static final double REPULSION_FLOOR = 1e-3;
    private static final double SMALLEST_SQUARED_DISTANCE = 1e-12;
    private static final int ITERATIONS = 60;
    private static final int POINTS_PER_CHUNK = 16_384;

    private UmapPlacement() {
    }

    /**
     * @param positions the map, row-major {@code n x dims}, in the row order of the neighbours' rows
     * @param near      the new point's nearest mapped rows in the input space (the run's k of them)
     * @param curve     the run's low-dimensional similarity curve (from its min_dist and spread)
     * @param repulsion the run's repulsion strength
     */
    public static double[] place(float[] positions, int n, int dims, QueryNeighbours near, CurveFit curve,
            double repulsion, Progress progress) {
        int k = near.k();
        float[] memberships = new float[k];
        FuzzySimplicialSet.calibrateRow(near.distances(), Math.log(k) / Math.log(2), memberships, 0);
        double[] v = new double[k];
        double total = 0;
        for (int r = 0; r < k; r++) {
            v[r] = memberships[r];
            total += v[r];
        }
        double repulsionWeight = repulsion * NEGATIVES_PER_EDGE * total / (PULLS_PER_EDGE * n);
        PointObjective cost = (y, gradient) -> cost(positions, n, dims, near.rows(), v, repulsionWeight,
                curve.a(), curve.b(), y, gradient);
        double[][] starts = PlacementStarts.of(positions, dims, near.rows(), v);
        return PointDescent.minimise(cost, starts, PlacementStarts.spread(positions, n, dims), ITERATIONS, progress);
    }

    /**
     * {@code sum_j v_j log(1 + a s_j^b) - weight sum_i log(q(s_i) + floor)}, where s is a squared map
     * distance and {@code q(s) = a s^b / (1 + a s^b)} the probability that two points are apart.
     */
    static double cost(float[] positions, int n, int dims, int[] rows, double[] v, double weight, double a, double b,
            double[] y, double[] gradient) {
        // The sum over the whole map, in fixed chunks added in order: the same result for any number
        // of threads, and on a 341k map most of a placement's time, so it is worth sharing out.
        int chunks = ParallelFor.count(n, POINTS_PER_CHUNK);
        double[] partial = new double[chunks * (dims + 1)];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int at = c * (dims + 1);
            double[] g = new double[dims];
            double repulsion = 0;
            for (int i = c * POINTS_PER_CHUNK; i < Math.min(n, (c + 1) * POINTS_PER_CHUNK); i++) {
                double s = Math.max(SMALLEST_SQUARED_DISTANCE, squaredDistance(positions, i, dims, y));
                double as = a * FastPow.pow(s, b);
                double apart = as / (1 + as);
                repulsion -= Math.log(apart + REPULSION_FLOOR);
                // d/ds of -log(q + floor) is -q'(s) / (q + floor), with q'(s) = b q / (s (1 + a s^b))
                double slope = -(b * apart / (s * (1 + as))) / (apart + REPULSION_FLOOR);
                addScaled(g, 2 * weight * slope, positions, i, dims, y);
            }
            partial[at] = repulsion;
            System.arraycopy(g, 0, partial, at + 1, dims);
        });
        java.util.Arrays.fill(gradient, 0);
        double repulsion = 0;
        for (int c = 0; c < chunks; c++) {
            repulsion += partial[c * (dims + 1)];
            for (int d = 0; d < dims; d++) {
                gradient[d] += partial[c * (dims + 1) + 1 + d];
            }
        }
        double attraction = 0;
        for (int r = 0; r < rows.length; r++) {
            int j = rows[r];
            double s = Math.max(SMALLEST_SQUARED_DISTANCE, squaredDistance(positions, j, dims, y));
            double as = a * FastPow.pow(s, b);
            attraction += v[r] * Math.log1p(as);
            addScaled(gradient, 2 * v[r] * b * as / (s * (1 + as)), positions, j, dims, y);
        }
        return attraction + weight * repulsion;
    }

    private static double squaredDistance(float[] positions, int i, int dims, double[] y) {
        double s = 0;
        for (int d = 0; d < dims; d++) {
            double diff = y[d] - positions[i * dims + d];
            s += diff * diff;
        }
        return s;
    }

    /** gradient += factor * (y - position_i) */
    private static void addScaled(double[] gradient, double factor, float[] positions, int i, int dims, double[] y) {
        for (int d = 0; d < dims; d++) {
            gradient[d] += factor * (y[d] - positions[i * dims + d]);
        }
    }
}
