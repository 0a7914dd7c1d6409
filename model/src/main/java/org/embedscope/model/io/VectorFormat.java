package org.embedscope.model.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The vector file formats Embedscope reads (and, except npy, writes). */
public enum VectorFormat {
    /** GloVe text: "word v1 ... vD" per line, no header. */
    GLOVE("glove"),
    /** word2vec / fastText .vec text: a "WORDS DIMENSION" header line, then GloVe lines. */
    WORD2VEC("word2vec"),
    /** word2vec binary: header line, then per word its bytes, a space and D little-endian float32. */
    WORD2VEC_BINARY("word2vec-binary"),
    /** TF-projector vectors.tsv (tab-separated numbers per row) with a metadata.tsv for labels. */
    TSV("tsv"),
    /** NumPy .npy, 2-D float16/32/64, with a vocabulary or metadata file for the words. */
    NPY("npy");

    private final String id;

    VectorFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line, in {@code info --json} and in caches. */
    public String id() {
        return id;
    }

    public boolean writable() {
        return this != NPY;
    }

    /** Words come from a separate metadata/vocabulary file. */
    public boolean usesMetadataFile() {
        return this == TSV || this == NPY;
    }

    /**
     * Parses a user's format name; accepts the ids and the aliases fasttext, vec, word2vec-text, bin.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static VectorFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "fasttext", "vec", "word2vec-text", "w2v" -> {
                return WORD2VEC;
            }
            case "bin", "word2vec-bin", "w2v-binary" -> {
                return WORD2VEC_BINARY;
            }
            default -> {
                for (VectorFormat f : values()) {
                    if (f.id.equals(n)) {
                        return f;
                    }
                }
                throw new IllegalArgumentException("unknown format '" + name + "'; use one of "
                        + Arrays.stream(values()).map(VectorFormat::id).collect(Collectors.joining(", "))
                        + " (fasttext = word2vec)");
            }
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
