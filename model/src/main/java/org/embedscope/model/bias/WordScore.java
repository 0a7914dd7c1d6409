package org.embedscope.model.bias;

/** A word's score on a bias measure, with its store row. */
public record WordScore(String word, int row, double score) {
}
