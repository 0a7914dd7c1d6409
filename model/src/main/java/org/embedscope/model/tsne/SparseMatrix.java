package org.embedscope.model.tsne;

import org.embedscope.model.numeric.ParallelFor;

/** A square sparse matrix in compressed-row form, columns sorted within each row. */
public record SparseMatrix(int n, int[] rowStarts, int[] columns, double[] values) {

    /**
     * Sorts each row by column, adds up repeated entries and multiplies every value by
     * {@code scale}. Row i of the input occupies {@code [starts[i], starts[i+1])}.
     */
    static SparseMatrix mergeDuplicates(int n, int[] starts, int[] columns, double[] values, double scale) {
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
        int[] outColumns = new int[rowStarts[n]];
        double[] outValues = new double[rowStarts[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(columns, starts[i], outColumns, rowStarts[i], kept[i]);
            for (int e = 0; e < kept[i]; e++) {
                outValues[rowStarts[i] + e] = values[starts[i] + e] * scale;
            }
        }
        return new SparseMatrix(n, rowStarts, outColumns, outValues);
    }

    /** Sorts the row by column (packed with the entry's position), then merges equal columns. */
    private static int sortAndMergeRow(int[] columns, double[] values, int from, int to) {
        int length = to - from;
        long[] keys = new long[length];
        for (int a = 0; a < length; a++) {
            keys[a] = (long) columns[from + a] << 32 | a;
        }
        java.util.Arrays.sort(keys);
        double[] sortedValues = new double[length];
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
