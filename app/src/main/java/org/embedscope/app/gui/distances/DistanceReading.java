package org.embedscope.app.gui.distances;

import java.util.List;
import java.util.Locale;
import org.embedscope.model.Metric;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.model.distance.DistanceSummary;

/** The result in plain sentences, for a classroom: what the numbers say, not how they were made. */
final class DistanceReading {
    private DistanceReading() {
    }

    /** "In 100 dimensions a word's nearest neighbour is on average 0.41 away and a random word 0.83: 2.0 times as far." */
    static String headline(DistanceReport report) {
        DistanceSummary s = report.summary();
        String thing = report.request().source() == DistanceSource.RANDOM ? "point" : "word";
        return String.format(Locale.ROOT, "In %s a %s's nearest neighbour is on average %s away and a random %s %s: %s.",
                dimensions(s.dims()), thing, number(s.meanNearest()), thing, number(s.meanRandom()),
                timesAsFar(s.contrast()));
    }

    /** How the gap changes from the fewest to the most dimensions of the sweep. */
    static String sweep(DistanceReport report) {
        List<DistanceSummary> sweep = report.sweep();
        if (sweep.size() < 2) {
            return "";
        }
        DistanceSummary low = sweep.get(0);
        DistanceSummary high = sweep.get(sweep.size() - 1);
        String trend = high.contrast() < low.contrast()
                ? "the more dimensions, the less the nearest neighbour stands out from a random one"
                : "here the nearest neighbour does not lose its lead as dimensions are added";
        return String.format(Locale.ROOT, "In %s a random one is %s as far as the nearest; in %s, %s: %s.",
                dimensions(low.dims()), times(low.contrast()), dimensions(high.dims()), times(high.contrast()), trend);
    }

    /** What the points and the distance are, in one line under the chart. */
    static String what(DistanceReport report) {
        var r = report.request();
        String points = switch (r.source()) {
            case PCA -> String.format(Locale.ROOT, "%,d words drawn from the %,d most frequent, reduced to their "
                    + "first principal components (centred)", r.sampleSize(), r.pool());
            case RAW -> String.format(Locale.ROOT, "%,d words drawn from the %,d most frequent, keeping only their "
                    + "first coordinates as stored", r.sampleSize(), r.pool());
            case RANDOM -> String.format(Locale.ROOT, "%,d points scattered at random in a cube", r.sampleSize());
        };
        String distance = r.metric() == Metric.COSINE ? "cosine distance (1 \u2212 cosine)" : "straight-line distance";
        return String.format(Locale.ROOT, "%s; %s; %,d random pairs.", points, distance, r.pairs());
    }

    static String dimensions(int d) {
        return d == 1 ? "1 dimension" : d + " dimensions";
    }

    static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static String times(double contrast) {
        if (!Double.isFinite(contrast)) {
            return "infinitely many times";
        }
        return String.format(Locale.ROOT, contrast >= 10 ? "%,.0f times" : "%.1f times", contrast);
    }

    private static String timesAsFar(double contrast) {
        if (Double.isFinite(contrast) && contrast < 1.05) {
            return "hardly any farther";
        }
        return times(contrast) + " as far";
    }
}
