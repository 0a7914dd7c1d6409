package org.embedscope.model.expr;

/** What a word stands for in a vector expression. */
public enum WordForm {
    /**
     * The word's vector scaled to unit length, as gensim's {@code most_similar} uses them: then
     * {@code king - man + woman} points where gensim's analogy query points.
     */
    UNIT,
    /** The word's stored vector, for dot-product and euclidean work. */
    RAW
}
