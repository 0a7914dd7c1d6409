package org.embedscope.model.projection;

import java.util.List;

/**
 * A finished map of the chosen words.
 *
 * @param rows      the store rows on the map, in map order
 * @param positions row-major {@code rows.length x dims}
 * @param missing   words of the selection that are not in the vocabulary (not on the map)
 * @param details   what the method measured on the way
 */
public record ProjectionResult(ProjectionSpec spec, int[] rows, float[] positions, int dims, List<String> missing,
                               ProjectionDetails details) {
    public ProjectionResult {
        missing = List.copyOf(missing);
        if ((long) rows.length * dims != positions.length) {
            throw new IllegalArgumentException(rows.length + " rows x " + dims + " != " + positions.length + " values");
        }
    }

    public int points() {
        return rows.length;
    }
}
