package org.embedscope.model.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.junit.jupiter.api.Test;

class SimilarityEvaluationTest {
    @Test
    void matchesGensimOnTheSyntheticPairs() throws IOException {
        // gensim 4.2 evaluate_word_pairs(pairs.txt) on synthetic.glove.txt (bench/make_eval_fixtures.py):
        // pearson -0.100612661693, spearman -0.087301247328, oov 3.333333 % (1 of 30). The file has CRLF
        // line ends, a comment, a line without tabs, a bad number, four fields, "1_0" and " 2.0 " scores,
        // an upper-case word and a pair given in both orders (a tie gensim keeps).
        SimilarityReport report = SimilarityEvaluation.run(Fixtures.store(), Fixtures.path("pairs.txt"), 300_000, "\t");
        assertEquals(29, report.pairs());
        assertEquals(1, report.oov());
        assertEquals(3.333333, report.oovPercent(), 1e-6);
        assertEquals(-0.087301247328, report.spearman(), 1e-9);
        // gensim's cosines are float32: Pearson agrees to about 1e-8
        assertEquals(-0.100612661693, report.pearson(), 1e-6);
        assertEquals(10.0, report.scored().get(2).human());
    }

    @Test
    void restrictionTurnsLaterWordsIntoOov() throws IOException {
        // gensim, restrict_vocab=100: pearson 0.257859563599, spearman 0.262984870346, oov 53.333333 %
        SimilarityReport report = SimilarityEvaluation.run(Fixtures.store(), Fixtures.path("pairs.txt"), 100, "\t");
        assertEquals(14, report.pairs());
        assertEquals(16, report.oov());
        assertEquals(0.262984870346, report.spearman(), 1e-9);
        assertEquals(0.257859563599, report.pearson(), 1e-6);
    }

    @Test
    void noUsablePairIsAnErrorNamingTheFile() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> SimilarityEvaluation.evaluate(
                Fixtures.store(), "men.txt", List.of("c01 k01 7", "c02 k02 8"), 300_000, "\t"));
        assertTrue(e.getMessage().startsWith("men.txt: no usable word pairs"), e.getMessage());
    }

    @Test
    void otherDelimitersWork() {
        SimilarityReport report = SimilarityEvaluation.evaluate(Fixtures.store(), "p",
                List.of("c01 k01 7", "c02 k02 8", "c03 w001 1"), 300_000, " ");
        assertEquals(3, report.pairs());
        double[] u = Fixtures.store().unitVector(Fixtures.store().indexOf("c01"));
        double[] v = Fixtures.store().unitVector(Fixtures.store().indexOf("k01"));
        double cosine = 0;
        for (int d = 0; d < u.length; d++) {
            cosine += u[d] * v[d];
        }
        assertEquals(cosine, report.scored().get(0).model(), 1e-12);
    }
}
