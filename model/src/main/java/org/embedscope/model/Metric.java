package org.embedscope.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How two vectors are compared: by a similarity (higher is nearer) or a distance (lower is nearer). */
public enum Metric {
    /** Cosine similarity: direction only, the usual choice for word embeddings (gensim's {@code most_similar}). */
    COSINE(true),
    /** Straight-line (L2) distance between the raw vectors. */
    EUCLIDEAN(false),
    /** Dot product of the raw vectors. */
    DOT(true),
    /** Sum of absolute coordinate differences (L1 distance) between the raw vectors. */
    MANHATTAN(false);

    private final boolean higherIsNearer;

    Metric(boolean higherIsNearer) {
        this.higherIsNearer = higherIsNearer;
    }

    /** True for similarities (cosine, dot), false for distances (euclidean, manhattan). */
    public boolean higherIsNearer() {
        return higherIsNearer;
    }

    /** Lower-case name, as the command line spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a metric's {@link #id()} in any case, ignoring surrounding spaces. */
    public static Metric parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (Metric m : values()) {
            if (m.id().equalsIgnoreCase(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (expected " + names(values()) + ")");
    }

    /** The ids joined for a message: "cosine, euclidean or dot". */
    public static String names(Metric... metrics) {
        String[] ids = Arrays.stream(metrics).map(Metric::id).toArray(String[]::new);
        if (ids.length <= 1) {
            return String.join("", ids);
        }
        return Arrays.stream(ids, 0, ids.length - 1).collect(Collectors.joining(", ")) + " or " + ids[ids.length - 1];
    }
}
