package org.embedscope.model.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Test;

class AnalogyEvaluationTest {
    private static List<AnalogyReport.SectionScore> sections(AnalogyReport report) {
        return report.sections();
    }

    private static AnalogyReport run(int restrict, AnalogyMethod method, Kernels kernels) throws IOException {
        return AnalogyEvaluation.run(Fixtures.store(), Fixtures.path("questions.txt"), restrict, method,
                Progress.NONE, kernels);
    }

    @Test
    void matchesGensimOnTheSyntheticSet() throws IOException {
        // gensim 4.2 evaluate_word_analogies(questions.txt, restrict_vocab=300000) on synthetic.glove.txt
        // (printed by bench/make_eval_fixtures.py): pairs 17/22, random mix 0/27, variants 1/2,
        // empty section 0/0, Total accuracy 18/51. The variants section holds gensim's quirk: all five
        // answers are case variants of inputs, the last (VC) stays the prediction and matches "vc".
        AnalogyReport report = run(300_000, AnalogyMethod.ADD, Simd.kernels());
        assertEquals(List.of(
                new AnalogyReport.SectionScore("pairs", 17, 22),
                new AnalogyReport.SectionScore("random mix", 0, 27),
                new AnalogyReport.SectionScore("variants", 1, 2),
                new AnalogyReport.SectionScore("empty section", 0, 0),
                new AnalogyReport.SectionScore("Total accuracy", 18, 51)), sections(report));
        assertEquals(18, report.correct());
        assertEquals(51, report.total());
        assertEquals(1, report.skipped()); // the question with "unknownword"
        AnalogyReport.Outcome quirk = report.outcomes().get(report.outcomes().size() - 1);
        assertEquals("VC", quirk.predicted());
        assertTrue(quirk.correct());
    }

    @Test
    void restrictedVocabularySkipsQuestionsLikeGensim() throws IOException {
        // gensim, restrict_vocab=100: pairs 18/21, random mix 0/3, variants 0/0, Total 18/24
        AnalogyReport report = run(100, AnalogyMethod.ADD, Simd.kernels());
        assertEquals(List.of(
                new AnalogyReport.SectionScore("pairs", 18, 21),
                new AnalogyReport.SectionScore("random mix", 0, 3),
                new AnalogyReport.SectionScore("variants", 0, 0),
                new AnalogyReport.SectionScore("empty section", 0, 0),
                new AnalogyReport.SectionScore("Total accuracy", 18, 24)), sections(report));
    }

    @Test
    void cosMulFollowsGensimsCosmulScores() throws IOException {
        // bench/make_eval_fixtures.py, cosmul_evaluate: gensim's most_similar_cosmul scores with the
        // evaluate_word_analogies rules: 5 of 51 (all words), 6 of 24 (restrict 100)
        assertEquals(5, run(300_000, AnalogyMethod.MUL, Simd.kernels()).correct());
        AnalogyReport restricted = run(100, AnalogyMethod.MUL, Simd.kernels());
        assertEquals(6, restricted.correct());
        assertEquals(24, restricted.total());
    }

    @Test
    void plainKernelsGiveTheSameOutcomes() throws IOException {
        for (AnalogyMethod method : List.of(AnalogyMethod.ADD, AnalogyMethod.MUL)) {
            assertEquals(run(300_000, method, Simd.kernels()).outcomes(), run(300_000, method, Simd.plain()).outcomes());
        }
    }

    @Test
    void emptyVocabularyRestrictionSkipsEverything() throws IOException {
        AnalogyReport report = run(0, AnalogyMethod.ADD, Simd.kernels());
        assertEquals(0, report.total());
        assertEquals(0.0, report.accuracy());
        assertEquals(52, report.skipped());
    }

    @Test
    void answersWithoutCandidatesPredictNothing() throws IOException {
        // restricted to the first 3 rows (CAP, c00, k00) with all three as inputs: nothing is left
        AnalogyReport report = AnalogyEvaluation.evaluate(Fixtures.store(),
                AnalogyQuestions.parse("q", List.of(": s", "cap c00 k00 cap")), 3, AnalogyMethod.ADD,
                Progress.NONE, Simd.kernels(), System.nanoTime());
        assertEquals(1, report.total());
        assertNull(report.outcomes().get(0).predicted());
        assertEquals(0, report.correct());
    }
}
