package org.embedscope.app.gui.bias;

import java.util.Locale;
import org.embedscope.model.bias.IndirectBias;
import org.embedscope.model.bias.WeatResult;

/** One or two plain sentences beside each number, for people who have not read the papers. */
final class Explanations {
    private Explanations() {
    }

    static String explainedVariance(double[] ratios) {
        if (ratios.length < 2) {
            return "One pair gives the direction directly: the difference of its two words.";
        }
        double first = ratios[0];
        String agree = first >= 0.4 ? "the pairs mostly agree on one direction"
                : first >= 0.25 ? "the pairs partly agree on one direction"
                : "the pairs do not agree on one direction; the result is weak";
        return String.format(Locale.ROOT, "The first component explains %.0f%% of how the pairs differ: %s. "
                + "Bolukbasi et al. found it clearly larger than the rest for gender.", 100 * first, agree);
    }

    static String projection() {
        return "Each word's cosine with the direction: 0 is neutral, the sign says which end it leans to. "
                + "Few words reach \u00b10.3; the ordering matters more than the size.";
    }

    static String directBias(double value, double strictness, int words) {
        return String.format(Locale.ROOT, "Averaged over the %d words, |cos|^c = %.3f with c = %s. 0 would mean "
                + "no word leans either way; a larger c counts only strong leaners.", words, value, number(strictness));
    }

    static String indirect(IndirectBias result) {
        return String.format(Locale.ROOT, "cos(%s, %s) = %.3f, and %.3f once the direction is taken out: "
                + "\u03b2 = %.2f, so %.0f%% of their similarity comes from the direction.", result.first(),
                result.second(), result.cosine(), result.cosineWithout(), result.beta(), 100 * result.beta());
    }

    static String effectSize(WeatResult r) {
        double d = Math.abs(r.effectSize());
        String size = d >= 0.8 ? "a large" : d >= 0.5 ? "a medium" : d >= 0.2 ? "a small" : "almost no";
        String toward = r.effectSize() >= 0 ? r.a() : r.b();
        return String.format(Locale.ROOT, "Effect size %.2f is %s effect (Cohen: 0.2 small, 0.5 medium, 0.8 large; "
                + "the most is 2): the words of %s sit %.2f standard deviations closer to %s, relative to the "
                + "other attributes, than the words of %s do.", r.effectSize(), size, r.effectSize() >= 0 ? r.x() : r.y(),
                d, toward, r.effectSize() >= 0 ? r.y() : r.x());
    }

    static String pValue(WeatResult r) {
        String how = r.exact() ? String.format(Locale.ROOT, "all %,d ways", r.partitions())
                : String.format(Locale.ROOT, "%,d random ways", r.partitions());
        return String.format(Locale.ROOT, "p %s: of %s to split the target words into two groups of the same "
                + "sizes, %s show a stronger association. A small p says this is unlikely to be chance for these "
                + "words; it does not say how large the bias is, or anything about people.", pText(r.pValue(),
                r.partitions()), how, share(r.pValue()));
    }

    /** "= 0.0123", or "< 1e-04" when no partition exceeded the observed one. */
    static String pText(double p, long partitions) {
        if (p == 0) {
            return "< " + String.format(Locale.ROOT, "%.0e", Math.pow(10, Math.ceil(Math.log10(1.0 / partitions))));
        }
        return "= " + (p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p));
    }

    private static String share(double p) {
        return p == 0 ? "none" : String.format(Locale.ROOT, "%.2f%%", 100 * p);
    }

    static String leanRecovery(double before, double after) {
        return String.format(Locale.ROOT, "Clustering the most biased words into two groups recovers their original "
                + "lean for %.0f%% of them before debiasing and %.0f%% after (50%% is chance): debiasing removes "
                + "the direction, not the bias the neighbourhoods still carry (Gonen and Goldberg 2019).",
                100 * before, 100 * after);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
