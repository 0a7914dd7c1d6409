package org.embedscope.model.tsne;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API attraction: 16 edges per step. Neighbour positions are first copied into small
 * contiguous buffers by scalar loads (the API's gathers check every index against the array bounds,
 * which cost more than the arithmetic). Rows are padded to whole vectors by {@link EdgeBlocks}.
 * Loaded reflectively only with the module present.
 */
final class SimdAttractionKernel implements AttractionKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED.length() >= EdgeBlocks.QUANTUM
            ? FloatVector.SPECIES_512 : FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    SimdAttractionKernel() {
        for (int dims = 2; dims <= 3; dims++) {
            int n = 40;
            int[] rows = new int[n + 1];
            int[] columns = new int[n * 20];
            double[] values = new double[n * 20];
            for (int i = 0; i < n; i++) {
                rows[i + 1] = rows[i] + 20;
                for (int e = 0; e < 20; e++) {
                    columns[i * 20 + e] = (i + e + 1) % n;
                    values[i * 20 + e] = 0.001;
                }
            }
            EdgeBlocks edges = EdgeBlocks.of(new SparseMatrix(n, rows, columns, values), dims);
            float[] y = new float[n * dims];
            for (int i = 0; i < y.length; i++) {
                y[i] = i % 5;
            }
            double[] forces = new double[n * dims];
            for (int r = 0; r < 300; r++) {
                rows(edges, y, 0, n, forces);
            }
        }
    }

    @Override
    public void rows(EdgeBlocks edges, float[] y, int from, int to, double[] forces) {
        if (edges.dims == 3) {
            rows3(edges, y, from, to, forces);
        } else {
            rows2(edges, y, from, to, forces);
        }
    }

    private static void rows2(EdgeBlocks edges, float[] y, int from, int to, double[] forces) {
        int[] offsets = edges.offsets;
        float[] values = edges.values;
        float[] bx = new float[L];
        float[] by = new float[L];
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = from; i < to; i++) {
            FloatVector xi = FloatVector.broadcast(S, y[2 * i]);
            FloatVector yi = FloatVector.broadcast(S, y[2 * i + 1]);
            FloatVector fx = FloatVector.zero(S);
            FloatVector fy = FloatVector.zero(S);
            int end = edges.rowStarts[i + 1];
            for (int e = edges.rowStarts[i]; e < end; e += L) {
                for (int l = 0; l < L; l++) {
                    int o = offsets[e + l];
                    bx[l] = y[o];
                    by[l] = y[o + 1];
                }
                FloatVector dx = xi.sub(FloatVector.fromArray(S, bx, 0));
                FloatVector dy = yi.sub(FloatVector.fromArray(S, by, 0));
                FloatVector pw = FloatVector.fromArray(S, values, e).div(dx.fma(dx, dy.fma(dy, one)));
                fx = pw.fma(dx, fx);
                fy = pw.fma(dy, fy);
            }
            forces[2 * i] = fx.reduceLanes(VectorOperators.ADD);
            forces[2 * i + 1] = fy.reduceLanes(VectorOperators.ADD);
        }
    }

    private static void rows3(EdgeBlocks edges, float[] y, int from, int to, double[] forces) {
        int[] offsets = edges.offsets;
        float[] values = edges.values;
        float[] bx = new float[L];
        float[] by = new float[L];
        float[] bz = new float[L];
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = from; i < to; i++) {
            FloatVector xi = FloatVector.broadcast(S, y[3 * i]);
            FloatVector yi = FloatVector.broadcast(S, y[3 * i + 1]);
            FloatVector zi = FloatVector.broadcast(S, y[3 * i + 2]);
            FloatVector fx = FloatVector.zero(S);
            FloatVector fy = FloatVector.zero(S);
            FloatVector fz = FloatVector.zero(S);
            int end = edges.rowStarts[i + 1];
            for (int e = edges.rowStarts[i]; e < end; e += L) {
                for (int l = 0; l < L; l++) {
                    int o = offsets[e + l];
                    bx[l] = y[o];
                    by[l] = y[o + 1];
                    bz[l] = y[o + 2];
                }
                FloatVector dx = xi.sub(FloatVector.fromArray(S, bx, 0));
                FloatVector dy = yi.sub(FloatVector.fromArray(S, by, 0));
                FloatVector dz = zi.sub(FloatVector.fromArray(S, bz, 0));
                FloatVector pw = FloatVector.fromArray(S, values, e).div(dx.fma(dx, dy.fma(dy, dz.fma(dz, one))));
                fx = pw.fma(dx, fx);
                fy = pw.fma(dy, fy);
                fz = pw.fma(dz, fz);
            }
            forces[3 * i] = fx.reduceLanes(VectorOperators.ADD);
            forces[3 * i + 1] = fy.reduceLanes(VectorOperators.ADD);
            forces[3 * i + 2] = fz.reduceLanes(VectorOperators.ADD);
        }
    }
}
