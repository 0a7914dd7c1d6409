package org.embedscope.model.tsne;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.QueryNeighbours;
import org.embedscope.model.numeric.PlacementStarts;
import org.embedscope.model.numeric.PointDescent;
import org.embedscope.model.numeric.PointObjective;

/**
 * Places a new point onto a finished t-SNE map without moving the map: the point's affinities to
 * its nearest mapped words (calibrated to a perplexity, as in the run), then the position that
 * minimises that row's KL divergence against the Student-t similarities to every point on the map.
 * openTSNE places new points the same way, and advises a low perplexity for it: a new word should
 * land by its closest few words rather than at the centre of a wide neighbourhood.
 */
public final class TsnePlacement {
    /** The perplexity of a placed point's affinities (openTSNE's default for new points). */
    public static final double PERPLEXITY = 5;
    /** Neighbours looked at per placed point: three per unit of perplexity, as in the run. */
    public static final int NEIGHBOURS = (int) (3 * PERPLEXITY);
    private static final int ITERATIONS = 60;

    private TsnePlacement() {
    }

    /**
     * @param positions the map, row-major {@code n x dims}, in the same row order as the neighbours' rows
     * @param near      the new point's nearest mapped rows in the input space
     * @param metric    the metric the neighbours were found by (Euclidean distances are squared, as in the run)
     */
    public static double[] place(float[] positions, int n, int dims, QueryNeighbours near, Metric metric,
            Progress progress) {
        int k = near.k();
        double[] p = new double[k];
        if (k == 1) {
            p[0] = 1;
        } else {
            double[] d = near.distances().clone();
            if (metric == Metric.EUCLIDEAN) {
                for (int r = 0; r < k; r++) {
                    d[r] *= d[r];
                }
            }
            Affinities.calibrateRow(d, k, Math.log(Math.min(PERPLEXITY, k - 1)), p, 0);
        }
        PointObjective cost = (y, gradient) -> cost(positions, n, dims, near.rows(), p, y, gradient);
        double[][] starts = PlacementStarts.of(positions, dims, near.rows(), p);
        return PointDescent.minimise(cost, starts, PlacementStarts.spread(positions, n, dims), ITERATIONS, progress);
    }

    /**
     * KL(P_row || Q_row) up to a constant: {@code -sum_j p_j log w_j + log Z}, with the Student-t kernel
     * {@code w = 1 / (1 + |y - y_j|^2)} and Z its sum over the whole map.
     */
    static double cost(float[] positions, int n, int dims, int[] rows, double[] p, double[] y, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double z = 0;
        double[] repulsion = new double[dims];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int d = 0; d < dims; d++) {
                double diff = y[d] - positions[i * dims + d];
                s += diff * diff;
            }
            double w = 1 / (1 + s);
            z += w;
            double w2 = w * w;
            for (int d = 0; d < dims; d++) {
                repulsion[d] += w2 * (y[d] - positions[i * dims + d]);
            }
        }
        double attraction = 0;
        for (int r = 0; r < rows.length; r++) {
            int j = rows[r];
            double s = 0;
            for (int d = 0; d < dims; d++) {
                double diff = y[d] - positions[j * dims + d];
                s += diff * diff;
            }
            double w = 1 / (1 + s);
            attraction += p[r] * Math.log1p(s);
            for (int d = 0; d < dims; d++) {
                gradient[d] += 2 * p[r] * w * (y[d] - positions[j * dims + d]);
            }
        }
        for (int d = 0; d < dims; d++) {
            gradient[d] -= 2 * repulsion[d] / z;
        }
        return attraction + Math.log(z);
    }
}
