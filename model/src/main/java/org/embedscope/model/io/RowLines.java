package org.embedscope.model.io;

import java.io.IOException;
import java.util.Arrays;

/**
 * Finds the line number of a row after parsing, for the few warnings that name one (duplicates).
 * Rows and lines differ by the header and blank lines, so the row's chunk is scanned again.
 */
final class RowLines {
    private RowLines() {
    }

    /** The 1-based line of {@code row}, or -1 if the file cannot be read again. */
    static long lineOf(SourceFile file, ChunkPlan plan, int row) {
        int c = Arrays.binarySearch(plan.firstRow, row);
        if (c < 0) {
            c = -c - 2;
        }
        // Empty chunks share a first row with the next one; the row lives in the last of them.
        while (c + 1 < plan.chunks() && plan.firstRow[c + 1] == plan.firstRow[c] && plan.rows[c] == 0) {
            c++;
        }
        int length = (int) (plan.ends[c] - plan.starts[c]);
        byte[] b = new byte[length];
        try {
            file.readFully(plan.starts[c], b, 0, length);
        } catch (IOException e) {
            return -1;
        }
        long line = plan.firstLine[c];
        int current = plan.firstRow[c];
        boolean content = false;
        for (int i = 0; i < length; i++) {
            byte x = b[i];
            if (x == '\n') {
                if (content) {
                    if (current == row) {
                        return line;
                    }
                    current++;
                }
                content = false;
                line++;
            } else if (x != ' ' && x != '\t' && x != '\r') {
                content = true;
            }
        }
        return line;
    }
}
