package org.embedscope.model.tsne;

import org.embedscope.model.numeric.ParallelFor;

/**
 * The node grid of {@link FftRepulsion}: a square of {@code boxes} x {@code boxes} boxes with
 * {@code p} x {@code p} equispaced nodes each (the whole grid equispaced, nodes half a spacing in
 * from the box edges), and each point's box and Lagrange weights on its box's nodes.
 */
final class InterpolationGrid {
    private static final int POINTS_PER_CHUNK = 8192;

    private final double originX;
    private final double originY;
    private final double boxWidth;
    private final int boxes;
    private final int p;
    private int[] boxX;
    private int[] boxY;
    private double[] weightX;
    private double[] weightY;

    InterpolationGrid(double originX, double originY, double side, int boxes, int p) {
        this.originX = originX;
        this.originY = originY;
        this.boxWidth = side / boxes;
        this.boxes = boxes;
        this.p = p;
    }

    /** Nodes along a side. */
    int nodes() {
        return boxes * p;
    }

    /** Distance between neighbouring nodes. */
    double spacing() {
        return boxWidth / p;
    }

    /** Finds every point's box and its interpolation weights along x and y. */
    void locate(double[] y, int n) {
        boxX = new int[n];
        boxY = new int[n];
        weightX = new double[n * p];
        weightY = new double[n * p];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                boxX[i] = place(y[2 * i] - originX, weightX, i);
                boxY[i] = place(y[2 * i + 1] - originY, weightY, i);
            }
        });
    }

    private int place(double offset, double[] weights, int i) {
        int box = Math.max(0, Math.min(boxes - 1, (int) (offset / boxWidth)));
        // The point's position in box units, nodes at (k + 0.5) / p.
        double t = offset / boxWidth - box;
        for (int k = 0; k < p; k++) {
            double nodeK = (k + 0.5) / p;
            double w = 1;
            for (int j = 0; j < p; j++) {
                if (j != k) {
                    double nodeJ = (j + 0.5) / p;
                    w *= (t - nodeJ) / (nodeK - nodeJ);
                }
            }
            weights[i * p + k] = w;
        }
        return box;
    }

    /** Each node's charge: the interpolation weights of the points of its box, added in point order. */
    double[] spread(int n) {
        int m = nodes();
        double[] charges = new double[m * m];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                int row = (boxX[i] * p + a) * m + boxY[i] * p;
                double wa = weightX[i * p + a];
                for (int b = 0; b < p; b++) {
                    charges[row + b] += wa * weightY[i * p + b];
                }
            }
        }
        return charges;
    }

    /** Each point's interpolated value of every channel's node potentials. */
    double[][] gather(int n, double[][] potentials) {
        int m = nodes();
        double[][] sums = new double[potentials.length][n];
        ParallelFor.chunks(n, POINTS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * POINTS_PER_CHUNK);
            for (int i = c * POINTS_PER_CHUNK; i < end; i++) {
                for (int a = 0; a < p; a++) {
                    int row = (boxX[i] * p + a) * m + boxY[i] * p;
                    double wa = weightX[i * p + a];
                    for (int b = 0; b < p; b++) {
                        double w = wa * weightY[i * p + b];
                        for (int ch = 0; ch < potentials.length; ch++) {
                            sums[ch][i] += w * potentials[ch][row + b];
                        }
                    }
                }
            }
        });
        return sums;
    }
}
