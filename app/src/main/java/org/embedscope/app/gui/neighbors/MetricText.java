package org.embedscope.app.gui.neighbors;

import org.embedscope.model.Metric;

/** How metrics are named in the interface. */
final class MetricText {
    private MetricText() {
    }

    static String name(Metric metric) {
        return switch (metric) {
            case COSINE -> "cosine similarity";
            case EUCLIDEAN -> "euclidean distance";
            case DOT -> "dot product";
            case MANHATTAN -> "manhattan distance";
        };
    }

    static String scoreHeading(Metric metric) {
        return switch (metric) {
            case COSINE -> "Cosine";
            case EUCLIDEAN, MANHATTAN -> "Distance";
            case DOT -> "Dot";
        };
    }
}
