package org.embedscope.model.numeric;

/** Where the search for a point placed onto a map starts, and the map's scale it steps by. */
public final class PlacementStarts {
    /** How far off a neighbour's own position a start is nudged, as a fraction of the map's spread. */
    private static final double NUDGE = 1e-3;

    private PlacementStarts() {
    }

    /**
     * The weighted mean of the neighbours' positions, and the positions of the nearest two
     * (nudged off them, where some kernels' gradients vanish by symmetry).
     *
     * @param rows    the neighbours' points, nearest first
     * @param weights their weights (any positive scale)
     */
    public static double[][] of(float[] positions, int dims, int[] rows, double[] weights) {
        double[] mean = new double[dims];
        double total = 0;
        for (int r = 0; r < rows.length; r++) {
            total += weights[r];
            for (int d = 0; d < dims; d++) {
                mean[d] += weights[r] * positions[rows[r] * dims + d];
            }
        }
        for (int d = 0; d < dims; d++) {
            mean[d] = total > 0 ? mean[d] / total : positions[rows[0] * dims + d];
        }
        int nearest = Math.min(2, rows.length);
        double[][] starts = new double[1 + nearest][];
        starts[0] = mean;
        for (int s = 0; s < nearest; s++) {
            double[] start = new double[dims];
            for (int d = 0; d < dims; d++) {
                double toMean = mean[d] - positions[rows[s] * dims + d];
                start[d] = positions[rows[s] * dims + d] + NUDGE * toMean + (d == 0 ? NUDGE * 1e-3 : 0);
            }
            starts[1 + s] = start;
        }
        return starts;
    }

    /** The root mean square distance of the points from their centre: the map's typical length. */
    public static double spread(float[] positions, int n, int dims) {
        double[] centre = new double[dims];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                centre[d] += positions[i * dims + d];
            }
        }
        for (int d = 0; d < dims; d++) {
            centre[d] /= Math.max(1, n);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < dims; d++) {
                double diff = positions[i * dims + d] - centre[d];
                sum += diff * diff;
            }
        }
        double spread = Math.sqrt(sum / Math.max(1, n));
        return spread > 0 ? spread : 1;
    }
}
