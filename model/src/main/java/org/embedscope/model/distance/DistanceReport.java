package org.embedscope.model.distance;

import java.util.List;

/**
 * What {@link DistanceDistribution#run} found: the histograms and summary at the request's
 * dimensions, the sample's words (empty for random points), and one summary per sweep dimension.
 */
public record DistanceReport(DistanceRequest request, List<String> sampleWords, DistanceHistogram histogram,
        DistanceSummary summary, List<DistanceSummary> sweep) {
    public DistanceReport {
        sampleWords = List.copyOf(sampleWords);
        sweep = List.copyOf(sweep);
    }
}
