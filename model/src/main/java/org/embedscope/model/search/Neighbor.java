package org.embedscope.model.search;

/** One search hit: a word's index in the store, the word, and its score under the metric used. */
public record Neighbor(int index, String word, double score) {
}
