package org.embedscope.model.numeric;

import java.util.Arrays;

/**
 * Eigen-decomposition of a dense symmetric matrix: Householder reduction to tridiagonal form,
 * then implicit QL iterations with Wilkinson shifts. O(n^3) with a small constant, so even a
 * 300-dimensional covariance takes milliseconds (cyclic Jacobi needed tenths of a second there).
 */
public final class SymmetricEigen {
    private static final int MAX_ITERATIONS_PER_VALUE = 60;

    public final double[] values;
    /** Column j of this row-major n x n matrix is the unit eigenvector of values[j]. */
    public final double[] vectors;

    private SymmetricEigen(double[] values, double[] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /** Decomposes a row-major symmetric n x n matrix; eigenvalues come sorted largest first. */
    public static SymmetricEigen of(double[] matrix, int n) {
        double[] q = matrix.clone();
        double[] diagonal = new double[n];
        double[] offDiagonal = new double[n];
        tridiagonalise(q, n, diagonal, offDiagonal);
        diagonaliseTridiagonal(diagonal, offDiagonal, q, n);
        return sorted(diagonal, q, n);
    }

    /**
     * Replaces {@code a} by the orthogonal Q with Q^T A Q tridiagonal; {@code offDiagonal[i]}
     * couples rows i and i+1.
     */
    private static void tridiagonalise(double[] a, int n, double[] diagonal, double[] offDiagonal) {
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i * n + i] = 1;
        }
        double[] v = new double[n];
        double[] w = new double[n];
        for (int k = 0; k + 2 < n; k++) {
            if (isColumnZeroBelow(a, n, k)) {
                continue;
            }
            double norm = 0;
            for (int i = k + 1; i < n; i++) {
                norm += a[i * n + k] * a[i * n + k];
            }
            norm = Math.sqrt(norm);
            double x0 = a[(k + 1) * n + k];
            double alpha = x0 > 0 ? -norm : norm;
            Arrays.fill(v, 0);
            v[k + 1] = x0 - alpha;
            for (int i = k + 2; i < n; i++) {
                v[i] = a[i * n + k];
            }
            double vv = 0;
            for (int i = k + 1; i < n; i++) {
                vv += v[i] * v[i];
            }
            double beta = 2 / vv;
            // A <- H A H with H = I - beta v v^T, as the symmetric rank-2 update A - v w^T - w v^T.
            double pv = 0;
            for (int i = k + 1; i < n; i++) {
                double sum = 0;
                for (int j = k + 1; j < n; j++) {
                    sum += a[i * n + j] * v[j];
                }
                w[i] = beta * sum;
            }
            for (int i = k + 1; i < n; i++) {
                pv += w[i] * v[i];
            }
            double half = beta * pv / 2;
            for (int i = k + 1; i < n; i++) {
                w[i] -= half * v[i];
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    a[i * n + j] -= v[i] * w[j] + w[i] * v[j];
                }
            }
            // Column k below the sub-diagonal becomes (alpha, 0, ..., 0).
            a[(k + 1) * n + k] = alpha;
            a[k * n + k + 1] = alpha;
            for (int i = k + 2; i < n; i++) {
                a[i * n + k] = 0;
                a[k * n + i] = 0;
            }
            accumulate(q, n, v, beta, k + 1);
        }
        for (int i = 0; i < n; i++) {
            diagonal[i] = a[i * n + i];
            offDiagonal[i] = i + 1 < n ? a[(i + 1) * n + i] : 0;
        }
        System.arraycopy(q, 0, a, 0, n * n);
    }

    private static boolean isColumnZeroBelow(double[] a, int n, int k) {
        for (int i = k + 2; i < n; i++) {
            if (a[i * n + k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Q <- Q (I - beta v v^T), v zero before {@code from}. */
    private static void accumulate(double[] q, int n, double[] v, double beta, int from) {
        for (int r = 0; r < n; r++) {
            double dot = 0;
            for (int j = from; j < n; j++) {
                dot += q[r * n + j] * v[j];
            }
            double scale = beta * dot;
            for (int j = from; j < n; j++) {
                q[r * n + j] -= scale * v[j];
            }
        }
    }

    /** Implicit QL on the tridiagonal matrix, applying every rotation to the columns of z. */
    private static void diagonaliseTridiagonal(double[] d, double[] e, double[] z, int n) {
        // Off-diagonals below rounding of the whole matrix count as zero: a test relative to the two
        // neighbouring diagonal entries alone never passes between eigenvalues that are (near) zero,
        // as in a covariance of fewer points than dimensions.
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i]));
        }
        double negligible = Math.ulp(norm);
        for (int l = 0; l < n; l++) {
            for (int iteration = 0; ; iteration++) {
                int m = l;
                while (m + 1 < n && Math.abs(e[m]) > Math.max(negligible, Math.ulp(Math.abs(d[m]) + Math.abs(d[m + 1])))) {
                    m++;
                }
                if (m == l) {
                    break;
                }
                if (iteration >= MAX_ITERATIONS_PER_VALUE) {
                    throw new ArithmeticException("eigenvalues did not converge");
                }
                qlStep(d, e, z, n, l, m);
            }
        }
    }

    private static void qlStep(double[] d, double[] e, double[] z, int n, int l, int m) {
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double r = Math.hypot(g, 1);
        g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
        double s = 1;
        double c = 1;
        double p = 0;
        for (int i = m - 1; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = Math.hypot(f, g);
            e[i + 1] = r;
            if (r == 0) {
                // Underflow: the matrix split; retry from l with the reduced problem.
                d[i + 1] -= p;
                e[m] = 0;
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            for (int k = 0; k < n; k++) {
                double zi = z[k * n + i];
                double zi1 = z[k * n + i + 1];
                z[k * n + i + 1] = s * zi + c * zi1;
                z[k * n + i] = c * zi - s * zi1;
            }
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
    }

    private static SymmetricEigen sorted(double[] d, double[] z, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(d[y], d[x]));
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        for (int j = 0; j < n; j++) {
            int from = order[j];
            values[j] = d[from];
            for (int k = 0; k < n; k++) {
                vectors[k * n + j] = z[k * n + from];
            }
        }
        return new SymmetricEigen(values, vectors);
    }
}
