package org.embedscope.model.numeric;

import org.embedscope.model.Progress;

/**
 * Minimises the cost of one point's position by steepest descent with a backtracking line search
 * (Armijo's condition), from several starts, keeping the best end. A map's cost of one new point
 * has local minima (a word between two clusters can settle by either), hence the starts; the line
 * search makes it work on any map's scale without a learning rate to tune.
 */
public final class PointDescent {
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double GROW = 1.6;
    private static final int MAX_HALVINGS = 40;

    private PointDescent() {
    }

    /**
     * @param starts     where to start (each of the objective's dimension)
     * @param scale      a length typical of the map (e.g. its spread): the first step is a twentieth of
     *                   it, and steps below a millionth of it end a descent
     * @param iterations the most steps per start
     * @return the position of the lowest cost reached
     */
    public static double[] minimise(PointObjective objective, double[][] starts, double scale, int iterations,
            Progress progress) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] start : starts) {
            progress.checkCancelled();
            double[] end = start.clone();
            double cost = descend(objective, end, scale, iterations, progress);
            if (best == null || cost < bestCost) {
                best = end;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Descends from {@code y} in place and returns the cost where it stopped. */
    private static double descend(PointObjective objective, double[] y, double scale, int iterations,
            Progress progress) {
        int dims = y.length;
        double[] gradient = new double[dims];
        double[] trial = new double[dims];
        double[] trialGradient = new double[dims];
        double cost = objective.evaluate(y, gradient);
        double stepLength = scale / 20;
        double smallest = scale * 1e-6;
        for (int iteration = 0; iteration < iterations && stepLength > smallest; iteration++) {
            if ((iteration & 7) == 7) {
                progress.checkCancelled();
            }
            double norm = Math.sqrt(dot(gradient, gradient));
            if (!(norm > 0) || !Double.isFinite(cost)) {
                break;
            }
            boolean moved = false;
            for (int halving = 0; halving < MAX_HALVINGS && stepLength > smallest; halving++) {
                double t = stepLength / norm;
                for (int d = 0; d < dims; d++) {
                    trial[d] = y[d] - t * gradient[d];
                }
                double trialCost = objective.evaluate(trial, trialGradient);
                if (trialCost <= cost - SUFFICIENT_DECREASE * t * norm * norm) {
                    System.arraycopy(trial, 0, y, 0, dims);
                    System.arraycopy(trialGradient, 0, gradient, 0, dims);
                    cost = trialCost;
                    stepLength *= GROW;
                    moved = true;
                    break;
                }
                stepLength /= 2;
            }
            if (!moved) {
                break;
            }
        }
        return cost;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
