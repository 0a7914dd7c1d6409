package org.embedscope.model;

import java.util.List;

/**
 * Extra per-word columns that came with the vectors (for example a TF-projector metadata.tsv):
 * column names and, per column, one value per word in file order.
 */
public final class Metadata {
    private static final Metadata NONE = new Metadata(List.of(), List.of());

    private final List<String> columns;
    private final List<String[]> values;

    private Metadata(List<String> columns, List<String[]> values) {
        this.columns = List.copyOf(columns);
        this.values = List.copyOf(values);
    }

    public static Metadata none() {
        return NONE;
    }

    /** @param values one array per column, each as long as the vocabulary */
    public static Metadata of(List<String> columns, List<String[]> values) {
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(columns.size() + " column names for " + values.size() + " columns");
        }
        return new Metadata(columns, values);
    }

    public List<String> columns() {
        return columns;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public String value(int column, int row) {
        return values.get(column)[row];
    }

    /** Keeps the first {@code rows} rows of every column. */
    public Metadata firstRows(int rows) {
        if (isEmpty()) {
            return this;
        }
        return new Metadata(columns, values.stream().map(v -> java.util.Arrays.copyOf(v, rows)).toList());
    }
}
