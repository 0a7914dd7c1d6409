package org.embedscope.model.search;

/**
 * Turns a row's approximate cosines with a few unit queries, each off by at most {@code error},
 * into a lower ({@code out[0]}) and an upper ({@code out[1]}) bound of the row's exact score. The
 * bounds must hold for every cosine within the error, after the float rounding of their own
 * computation.
 */
public interface RowBounds {
    void bounds(int row, float[] cosines, float error, float[] out);
}
