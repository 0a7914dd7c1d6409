package org.embedscope.model.distance;

import java.util.Locale;

/** Where the points whose distances are measured come from. */
public enum DistanceSource {
    /**
     * The sample words' vectors centred on the average of the most frequent words and reduced to their
     * first d principal components: the d directions along which those words vary most.
     */
    PCA,
    /** The first d coordinates of the vectors as stored (an arbitrary subset of axes, honest but crude). */
    RAW,
    /** Points drawn uniformly at random in the unit cube of d dimensions: the textbook case, no words at all. */
    RANDOM;

    /** Lower-case name, as the command line spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DistanceSource parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (DistanceSource s : values()) {
            if (s.id().equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new InvalidDistanceRequestException("unknown source '" + text + "' (expected pca, raw or random)");
    }
}
