package org.embedscope.model.tsne;

import org.embedscope.model.linalg.Chunks;

/**
 * The attractive half of the t-SNE gradient, over the sparse input affinities only:
 * {@code a_i = sum_j p_ij w_ij (y_i - y_j)} with {@code w_ij = 1 / (1 + |y_i - y_j|^2)}.
 * Optionally also {@code sum_ij p_ij log w_ij}, the part of the KL divergence that needs the edges.
 */
final class Attraction {
    private static final int ROWS_PER_CHUNK = 512;

    private Attraction() {
    }

    /**
     * Writes a_i into {@code forces} (n x dims) and returns {@code sum p log w} when
     * {@code withLogTerm} is set (0 otherwise).
     */
    static double forces(SparseMatrix p, double[] y, int dims, double[] forces, boolean withLogTerm) {
        int n = p.n();
        double[] partial = new double[Chunks.count(n, ROWS_PER_CHUNK)];
        Chunks.run(n, ROWS_PER_CHUNK, c -> {
            int end = Math.min(n, (c + 1) * ROWS_PER_CHUNK);
            double logTerm = 0;
            for (int i = c * ROWS_PER_CHUNK; i < end; i++) {
                logTerm += dims == 2 ? row2(p, y, i, forces, withLogTerm) : row3(p, y, i, forces, withLogTerm);
            }
            partial[c] = logTerm;
        });
        double sum = 0;
        for (double v : partial) {
            sum += v;
        }
        return sum;
    }

    private static double row2(SparseMatrix p, double[] y, int i, double[] forces, boolean withLogTerm) {
        double xi = y[2 * i];
        double yi = y[2 * i + 1];
        double fx = 0;
        double fy = 0;
        double logTerm = 0;
        int[] columns = p.columns();
        double[] values = p.values();
        for (int e = p.rowStarts()[i]; e < p.rowStarts()[i + 1]; e++) {
            int j = columns[e];
            double dx = xi - y[2 * j];
            double dy = yi - y[2 * j + 1];
            double w = 1 / (1 + dx * dx + dy * dy);
            double pw = values[e] * w;
            fx += pw * dx;
            fy += pw * dy;
            if (withLogTerm) {
                logTerm += values[e] * Math.log(w);
            }
        }
        forces[2 * i] = fx;
        forces[2 * i + 1] = fy;
        return logTerm;
    }

    private static double row3(SparseMatrix p, double[] y, int i, double[] forces, boolean withLogTerm) {
        double xi = y[3 * i];
        double yi = y[3 * i + 1];
        double zi = y[3 * i + 2];
        double fx = 0;
        double fy = 0;
        double fz = 0;
        double logTerm = 0;
        int[] columns = p.columns();
        double[] values = p.values();
        for (int e = p.rowStarts()[i]; e < p.rowStarts()[i + 1]; e++) {
            int j = columns[e];
            double dx = xi - y[3 * j];
            double dy = yi - y[3 * j + 1];
            double dz = zi - y[3 * j + 2];
            double w = 1 / (1 + dx * dx + dy * dy + dz * dz);
            double pw = values[e] * w;
            fx += pw * dx;
            fy += pw * dy;
            fz += pw * dz;
            if (withLogTerm) {
                logTerm += values[e] * Math.log(w);
            }
        }
        forces[3 * i] = fx;
        forces[3 * i + 1] = fy;
        forces[3 * i + 2] = fz;
        return logTerm;
    }

    /** sum p log p over the stored entries, the constant part of the KL divergence. */
    static double entropyTerm(SparseMatrix p) {
        double sum = 0;
        for (double v : p.values()) {
            if (v > 0) {
                sum += v * Math.log(v);
            }
        }
        return sum;
    }
}
