package org.embedscope.model.tsne;

import org.embedscope.model.simd.AttractionKernel;

/**
 * The affinity matrix laid out for the attraction kernel: each row padded to a multiple of
 * {@link AttractionKernel#QUANTUM} entries with weight-0 self-edges (which add exactly nothing),
 * column indices premultiplied by the map dimension so they index the interleaved float positions
 * directly.
 */
final class EdgeBlocks {
    private static final int QUANTUM = AttractionKernel.QUANTUM;

    final int n;
    final int dims;
    final int[] rowStarts;
    final int[] offsets;
    final float[] values;

    private EdgeBlocks(int n, int dims, int[] rowStarts, int[] offsets, float[] values) {
        this.n = n;
        this.dims = dims;
        this.rowStarts = rowStarts;
        this.offsets = offsets;
        this.values = values;
    }

    static EdgeBlocks of(SparseMatrix p, int dims) {
        int n = p.n();
        int[] rowStarts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int length = p.rowStarts()[i + 1] - p.rowStarts()[i];
            rowStarts[i + 1] = rowStarts[i] + (length + QUANTUM - 1) / QUANTUM * QUANTUM;
        }
        int[] offsets = new int[rowStarts[n]];
        float[] values = new float[rowStarts[n]];
        for (int i = 0; i < n; i++) {
            int out = rowStarts[i];
            for (int e = p.rowStarts()[i]; e < p.rowStarts()[i + 1]; e++, out++) {
                offsets[out] = p.columns()[e] * dims;
                values[out] = (float) p.values()[e];
            }
            for (; out < rowStarts[i + 1]; out++) {
                offsets[out] = i * dims;
            }
        }
        return new EdgeBlocks(n, dims, rowStarts, offsets, values);
    }
}
