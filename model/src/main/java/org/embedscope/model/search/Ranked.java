package org.embedscope.model.search;

/** Rows best first, with their exact scores. */
public record Ranked(int[] rows, double[] scores) {
    public int size() {
        return rows.length;
    }
}
