package org.embedscope.model.eval;

import java.util.List;

/**
 * The outcome of an analogy benchmark, shaped like gensim's: per section and overall, the questions
 * answered correctly out of those evaluated (questions with a word outside the restricted
 * vocabulary are skipped and counted in {@code skipped} only).
 *
 * @param sections every section of the file in order, then gensim's summary section
 *                 {@code "Total accuracy"}
 * @param outcomes every evaluated question, in file order
 * @param seconds  time spent evaluating (reading the question file included)
 */
public record AnalogyReport(int correct, int total, int skipped, double seconds, List<SectionScore> sections,
        List<Outcome> outcomes) {

    /** gensim's name for the summary section. */
    public static final String TOTAL_SECTION = "Total accuracy";

    public record SectionScore(String name, int correct, int total) {
        /** correct / total, 0 when the section had no evaluated question (as gensim logs it). */
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /**
     * One evaluated question: its words as written, the predicted word (null when there was no
     * candidate at all) and whether it counts as correct.
     */
    public record Outcome(String section, String a, String b, String c, String expected, String predicted,
            boolean correct, int line) {
    }

    public AnalogyReport {
        sections = List.copyOf(sections);
        outcomes = List.copyOf(outcomes);
    }

    /** correct / total, 0 when nothing was evaluated. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }
}
