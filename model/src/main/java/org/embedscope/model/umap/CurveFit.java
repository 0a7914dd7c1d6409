package org.embedscope.model.umap;

/**
 * The smooth curve 1 / (1 + a d^(2b)) that UMAP uses for closeness on the map, fitted by least
 * squares to the target min_dist and spread describe: 1 up to min_dist, then
 * exp(-(d - min_dist) / spread), sampled at 300 distances over [0, 3 spread] as umap-learn does.
 * Levenberg-Marquardt on the two parameters; min_dist 0.1 and spread 1 give a = 1.577, b = 0.895.
 */
public record CurveFit(double a, double b) {
    private static final int SAMPLES = 300;
    private static final int MAX_STEPS = 500;

    public static CurveFit of(double minDist, double spread) {
        double[] x = new double[SAMPLES];
        double[] y = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            x[s] = 3 * spread * s / (SAMPLES - 1);
            y[s] = x[s] < minDist ? 1 : Math.exp(-(x[s] - minDist) / spread);
        }
        double a = 1;
        double b = 1;
        double lambda = 1e-3;
        double error = squaredError(x, y, a, b);
        for (int step = 0; step < MAX_STEPS; step++) {
            // normal equations J^T J delta = -J^T r of the residuals r = f - y
            double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
            for (int s = 0; s < SAMPLES; s++) {
                if (x[s] == 0) {
                    continue;
                }
                double u = Math.pow(x[s], 2 * b);
                double f = 1 / (1 + a * u);
                double da = -u * f * f;
                double db = -a * u * 2 * Math.log(x[s]) * f * f;
                double r = f - y[s];
                jaa += da * da;
                jab += da * db;
                jbb += db * db;
                ga += da * r;
                gb += db * r;
            }
            double haa = jaa * (1 + lambda);
            double hbb = jbb * (1 + lambda);
            double det = haa * hbb - jab * jab;
            double stepA = -(hbb * ga - jab * gb) / det;
            double stepB = -(haa * gb - jab * ga) / det;
            double nextA = a + stepA;
            double nextB = b + stepB;
            double next = nextA > 0 && nextB > 0 ? squaredError(x, y, nextA, nextB) : Double.POSITIVE_INFINITY;
            if (next < error) {
                boolean settled = error - next < 1e-15 * Math.max(1, error);
                a = nextA;
                b = nextB;
                error = next;
                lambda = Math.max(lambda / 10, 1e-12);
                if (settled) {
                    break;
                }
            } else {
                lambda *= 10;
                if (lambda > 1e12) {
                    break;
                }
            }
        }
        return new CurveFit(a, b);
    }

    private static double squaredError(double[] x, double[] y, double a, double b) {
        double sum = 0;
        for (int s = 0; s < SAMPLES; s++) {
            double f = 1 / (1 + a * Math.pow(x[s], 2 * b));
            sum += (f - y[s]) * (f - y[s]);
        }
        return sum;
    }
}
