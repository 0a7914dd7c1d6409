package org.embedscope.model.io;

import java.util.function.IntFunction;

/**
 * What a reader produced before duplicates are resolved: rows in file order, some possibly marked
 * as dropped, and a way to name a row's place in the file for warnings ("line 57", "entry 57").
 *
 * @param words   one per row, or null when the file has no words (TSV, npy: words come from metadata)
 * @param dropped rows to leave out, or null when none are
 */
record RawRows(String[] words, float[] vectors, int dimension, boolean[] dropped, IntFunction<String> locate,
        ReadWarnings warnings) {
    int rows() {
        return vectors.length / dimension;
    }
}
