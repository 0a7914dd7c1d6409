package org.embedscope.model.search;

/** A row's exact score, in double; higher is better, never NaN. */
public interface ExactScore {
    double score(int row);
}
