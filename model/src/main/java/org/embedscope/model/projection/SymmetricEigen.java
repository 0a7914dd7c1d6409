package org.embedscope.model.projection;

/**
 * Eigen-decomposition of a small dense symmetric matrix by cyclic Jacobi rotations: slow in theory
 * (O(n^3) per sweep) but exact to machine precision and plenty fast for embedding dimensions.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;

    final double[] values;
    /** Column j of this row-major n x n matrix is the eigenvector of values[j]. */
    final double[] vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** Decomposes a row-major symmetric n x n matrix; eigenvalues come sorted largest first. */
    static SymmetricEigen of(double[] matrix, int n) {
        double[] a = matrix.clone();
        double[] v = new double[n * n];
        for (int i = 0; i < n; i++) {
            v[i * n + i] = 1;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a, n) > 1e-22 * diagonal(a, n); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, n, p, q);
                }
            }
        }
        return sorted(a, v, n);
    }

    private static void rotate(double[] a, double[] v, int n, int p, int q) {
        double apq = a[p * n + q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k * n + p];
            double akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p * n + k];
            double aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k * n + p];
            double vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    private static double offDiagonal(double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum += a[i * n + j] * a[i * n + j];
                }
            }
        }
        return sum;
    }

    private static double diagonal(double[] a, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i * n + i] * a[i * n + i];
        }
        return Math.max(sum, Double.MIN_NORMAL);
    }

    private static SymmetricEigen sorted(double[] a, double[] v, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y * n + y], a[x * n + x]));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int j = 0; j < n; j++) {
            int from = order[j];
            values[j] = a[from * n + from];
            for (int k = 0; k < n; k++) {
                vectors[k * n + j] = v[k * n + from];
            }
        }
        return new SymmetricEigen(values, vectors);
    }
}
