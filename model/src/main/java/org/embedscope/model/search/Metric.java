package org.embedscope.model.search;

import java.util.Locale;

/** How neighbours are ranked. */
public enum Metric {
    /** Cosine similarity, higher is nearer (gensim's {@code most_similar}). */
    COSINE(true),
    /** Euclidean distance between the stored vectors, lower is nearer. */
    EUCLIDEAN(false),
    /** Dot product of the stored vectors, higher is nearer. */
    DOT(true);

    private final boolean higherIsNearer;

    Metric(boolean higherIsNearer) {
        this.higherIsNearer = higherIsNearer;
    }

    /** True for similarities (cosine, dot), false for distances (euclidean). */
    public boolean higherIsNearer() {
        return higherIsNearer;
    }

    /** Lower-case name, as the CLI spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code cosine}, {@code euclidean} or {@code dot}, in any case. */
    public static Metric parse(String text) {
        for (Metric m : values()) {
            if (m.id().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (expected cosine, euclidean or dot)");
    }
}
