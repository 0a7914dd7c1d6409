package org.embedscope.model.bias;

import java.util.List;

/** The words furthest toward each end of a direction, most extreme first. */
public record Extremes(List<WordScore> positive, List<WordScore> negative) {
    public Extremes {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }
}
