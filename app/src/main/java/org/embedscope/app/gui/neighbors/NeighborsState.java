package org.embedscope.app.gui.neighbors;

import org.embedscope.model.Metric;

/** The neighbours panel's inputs: the query text, how many neighbours and by which metric. */
public record NeighborsState(String query, int k, Metric metric) {
    public static final NeighborsState DEFAULT = new NeighborsState("", 10, Metric.COSINE);
}
