package org.embedscope.model.tsne;

import org.embedscope.model.numeric.ParallelFor;

/**
 * A square sparse matrix in compressed-row form, columns sorted within each row. Row i occupies
 * {@code [rowStarts[i], rowStarts[i + 1])} of {@code columns} and {@code values}; the arrays may be
 * longer than {@code rowStarts[n]}, and entries past it mean nothing.
 */
public record SparseMatrix(int n, int[] rowStarts, int[] columns, float[] values) {

    /**
     * Sorts each row by column, adds up repeated entries and multiplies every value by
     * {@code scale}, in the given arrays (no copy: they are the largest of a t-SNE run). Row i of the
     * input occupies {@code [starts[i], starts[i+1])}.
     */
    static SparseMatrix mergeDuplicates(int n, int[] starts, int[] columns, float[] values, double scale) {
        int[] kept = new int[n];
        ParallelFor.chunks(n, 4096, c -> {
            int end = Math.min(n, (c + 1) * 4096);
            for (int i = c * 4096; i < end; i++) {
                kept[i] = sortAndMergeRow(columns, values, starts[i], starts[i + 1]);
            }
        });
        int[] rowStarts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            rowStarts[i + 1] = rowStarts[i] + kept[i];
        }
        // Rows only move towards the front (rowStarts[i] <= starts[i]), so they are compacted in place.
        for (int i = 0; i < n; i++) {
            System.arraycopy(columns, starts[i], columns, rowStarts[i], kept[i]);
            for (int e = 0; e < kept[i]; e++) {
                values[rowStarts[i] + e] = (float) (values[starts[i] + e] * scale);
            }
        }
        return new SparseMatrix(n, rowStarts, columns, values);
    }

    /** Sorts the row by column (packed with the entry's position), then merges equal columns. */
    private static int sortAndMergeRow(int[] columns, float[] values, int from, int to) {
        int length = to - from;
        long[] keys = new long[length];
        for (int a = 0; a < length; a++) {
            keys[a] = (long) columns[from + a] << 32 | a;
        }
        java.util.Arrays.sort(keys);
        float[] sortedValues = new float[length];
        for (int a = 0; a < length; a++) {
            sortedValues[a] = values[from + (int) keys[a]];
        }
        int out = from;
        for (int a = 0; a < length; a++) {
            int column = (int) (keys[a] >>> 32);
            if (out > from && columns[out - 1] == column) {
                values[out - 1] += sortedValues[a];
            } else {
                columns[out] = column;
                values[out] = sortedValues[a];
                out++;
            }
        }
        return out - from;
    }
}
