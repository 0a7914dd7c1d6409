package org.embedscope.model.knn;

/** How input vectors are compared. */
public enum Metric {
    /** 1 - cosine similarity: direction only, the usual choice for word embeddings. */
    COSINE,
    /** Straight-line distance between the raw vectors. */
    EUCLIDEAN;

    /** Parses {@code cosine} or {@code euclidean}, ignoring case. */
    public static Metric parse(String text) {
        for (Metric m : values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric: " + text + " (use cosine or euclidean)");
    }
}
