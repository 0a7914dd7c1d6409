package org.embedscope.model.umap;

import java.util.List;
import org.embedscope.model.numeric.ParallelFor;

/**
 * Dense n x m blocks of vectors (row-major) and the few operations the spectral layout needs on
 * them. Every sum over the n rows is formed per fixed chunk and the chunks' partial sums are added
 * in chunk order, so the results do not depend on the thread count.
 */
final class BlockVectors {
    static final int ROWS_PER_CHUNK = 4096;

    private BlockVectors() {
    }

    /** A^T B for two n x m blocks: an m x m row-major matrix. */
    static double[] gram(double[] a, double[] b, int n, int m) {
        return gram(a, m, b, m, n);
    }

    /** A^T B for an n x ma block A and an n x mb block B: ma x mb, row-major. */
    static double[] gram(double[] a, int ma, double[] b, int mb, int n) {
        List<double[]> partial = ParallelFor.map(ParallelFor.count(n, ROWS_PER_CHUNK), c -> {
            double[] g = new double[ma * mb];
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                for (int p = 0; p < ma; p++) {
                    double x = a[i * ma + p];
                    for (int q = 0; q < mb; q++) {
                        g[p * mb + q] += x * b[i * mb + q];
                    }
                }
            }
            return g;
        });
        double[] sum = new double[ma * mb];
        for (double[] g : partial) {
            for (int t = 0; t < sum.length; t++) {
                sum[t] += g[t];
            }
        }
        return sum;
    }

    /** Block times a small m x w row-major matrix: n x w. */
    static double[] times(double[] block, int n, int m, double[] small, int w) {
        double[] out = new double[n * w];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                for (int q = 0; q < w; q++) {
                    double s = 0;
                    for (int p = 0; p < m; p++) {
                        s += block[i * m + p] * small[p * w + q];
                    }
                    out[i * w + q] = s;
                }
            }
        });
        return out;
    }

    /** Removes from every column its component along the unit vector {@code unit}. */
    static void deflate(double[] block, int n, int m, double[] unit) {
        double[] along = gram(unit, 1, block, m, n);
        ParallelFor.chunks(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                for (int q = 0; q < m; q++) {
                    block[i * m + q] -= unit[i] * along[q];
                }
            }
        });
    }

    /**
     * Makes the columns orthonormal by Cholesky QR done twice (one pass is not accurate enough
     * when columns are nearly parallel, two are); false when the columns are linearly dependent.
     */
    static boolean orthonormalise(double[] block, int n, int m) {
        for (int pass = 0; pass < 2; pass++) {
            double[] inverse = inverseCholeskyFactor(gram(block, block, n, m), m);
            if (inverse == null) {
                return false;
            }
            System.arraycopy(times(block, n, m, inverse, m), 0, block, 0, n * m);
        }
        return true;
    }

    /** R^-1 for G = R^T R (R upper triangular), or null when G is not positive definite. */
    private static double[] inverseCholeskyFactor(double[] g, int m) {
        double[] r = new double[m * m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i <= j; i++) {
                double s = g[i * m + j];
                for (int t = 0; t < i; t++) {
                    s -= r[t * m + i] * r[t * m + j];
                }
                if (i == j) {
                    if (!(s > 1e-300)) {
                        return null;
                    }
                    r[i * m + j] = Math.sqrt(s);
                } else {
                    r[i * m + j] = s / r[i * m + i];
                }
            }
        }
        double[] inv = new double[m * m];
        for (int j = 0; j < m; j++) {
            inv[j * m + j] = 1 / r[j * m + j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int t = i + 1; t <= j; t++) {
                    s += r[i * m + t] * inv[t * m + j];
                }
                inv[i * m + j] = -s / r[i * m + i];
            }
        }
        return inv;
    }
}
