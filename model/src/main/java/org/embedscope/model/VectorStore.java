package org.embedscope.model;

import java.util.List;
import org.embedscope.model.numeric.RowNorms;

/**
 * A loaded embedding: words in file order and their vectors in one contiguous row-major float
 * array, exactly as read. Cosine work uses the precomputed inverse norms instead of a second,
 * normalised float copy so that a store costs little more than its raw float32 size.
 *
 * <p>The store is immutable once built and safe to share between threads.
 */
public final class VectorStore {
    private final Vocabulary vocabulary;
    private final int dimension;
    private final float[] vectors;
    private final float[] inverseNorms;
    private final Metadata metadata;
    private final DatasetInfo info;

    private VectorStore(Vocabulary vocabulary, int dimension, float[] vectors, float[] inverseNorms, Metadata metadata,
            DatasetInfo info) {
        this.vocabulary = vocabulary;
        this.dimension = dimension;
        this.vectors = vectors;
        this.metadata = metadata;
        this.info = info;
        this.inverseNorms = inverseNorms != null ? inverseNorms
                : RowNorms.inverseNorms(vectors, vocabulary.size(), dimension);
    }

    /**
     * @param vectors row-major, {@code words.length * dimension} values; the store keeps this array,
     *                the caller must not change it afterwards
     */
    public static VectorStore of(String[] words, float[] vectors, int dimension, Metadata metadata, DatasetInfo info) {
        return build(words, vectors, dimension, null, metadata, info);
    }

    private static VectorStore build(String[] words, float[] vectors, int dimension, float[] inverseNorms,
            Metadata metadata, DatasetInfo info) {
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive: " + dimension);
        }
        if ((long) words.length * dimension != vectors.length) {
            throw new IllegalArgumentException(words.length + " words x " + dimension + " != " + vectors.length + " values");
        }
        return new VectorStore(Vocabulary.of(words), dimension, vectors, inverseNorms, metadata, info);
    }

    /**
     * As {@link #of(String[], float[], int, Metadata, DatasetInfo)}, with the inverse norms that an
     * earlier store of these same vectors computed (the reader's cache keeps them, so a reopen skips
     * a pass over every value).
     */
    public static VectorStore withInverseNorms(String[] words, float[] vectors, int dimension, float[] inverseNorms,
            Metadata metadata, DatasetInfo info) {
        if (inverseNorms.length != words.length) {
            throw new IllegalArgumentException(inverseNorms.length + " norms for " + words.length + " words");
        }
        return build(words, vectors, dimension, inverseNorms, metadata, info);
    }

    public static VectorStore of(String[] words, float[] vectors, int dimension, DatasetInfo info) {
        return of(words, vectors, dimension, Metadata.none(), info);
    }

    /** A store of the first {@code rows} words (all of them when rows >= size), e.g. for --limit. */
    public VectorStore firstRows(int rows) {
        if (rows >= size()) {
            return this;
        }
        String[] words = new String[rows];
        for (int i = 0; i < rows; i++) {
            words[i] = vocabulary.word(i);
        }
        float[] prefix = java.util.Arrays.copyOf(vectors, rows * dimension);
        float[] norms = java.util.Arrays.copyOf(inverseNorms, rows);
        return withInverseNorms(words, prefix, dimension, norms, metadata.firstRows(rows), info);
    }

    public int size() {
        return vocabulary.size();
    }

    public int dimension() {
        return dimension;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String word(int index) {
        return vocabulary.word(index);
    }

    /** Index of the word, or -1. */
    public int indexOf(String word) {
        return vocabulary.indexOf(word);
    }

    /**
     * Index of the word as typed, else of its lower-case form (GloVe has "mary", not "Mary"), else -1:
     * the lookup for every word a user types or lists.
     */
    public int lookup(String word) {
        int index = vocabulary.indexOf(word);
        if (index < 0) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            index = lower.equals(word) ? -1 : vocabulary.indexOf(lower);
        }
        return index;
    }

    /** Index of the word, or an {@link UnknownWordException} naming it. */
    public int require(String word) {
        int index = vocabulary.indexOf(word);
        if (index < 0) {
            throw new UnknownWordException(word);
        }
        return index;
    }

    /**
     * The backing row-major array, shared for speed by search kernels and writers. Row {@code i}
     * starts at {@code (long) i * dimension()}. Never modify it.
     */
    public float[] rawVectors() {
        return vectors;
    }

    /**
     * The stored vectors of these rows, row-major, in the given order: the backing array itself
     * when the rows are every row in order (never modify it), else a copy.
     */
    public float[] rowsOf(int[] rows) {
        boolean all = rows.length == size();
        for (int i = 0; all && i < rows.length; i++) {
            all = rows[i] == i;
        }
        if (all) {
            return vectors;
        }
        float[] out = new float[rows.length * dimension];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(vectors, rows[i] * dimension, out, i * dimension, dimension);
        }
        return out;
    }

    /** A copy of one word's stored vector. */
    public float[] vector(int index) {
        float[] copy = new float[dimension];
        System.arraycopy(vectors, index * dimension, copy, 0, dimension);
        return copy;
    }

    /** 1 / L2 norm of each row (0 for an all-zero row, so that its cosine with anything is 0). */
    public float[] inverseNorms() {
        return inverseNorms;
    }

    /** The row scaled to unit length, computed in double precision (all zeros stays all zeros). */
    public double[] unitVector(int index) {
        return RowNorms.unit(vectors, index * dimension, dimension);
    }

    public Metadata metadata() {
        return metadata;
    }

    public DatasetInfo info() {
        return info;
    }

    /** Warnings collected while reading (duplicate words dropped, bytes replaced, ...). */
    public List<String> warnings() {
        return info.warnings();
    }
}
