package org.embedscope.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each measure the app shows is named by the texts that show it, and explained in one sentence. */
class GlossaryTest {
    private static String first(String text) {
        List<String> sentences = Glossary.explain(text);
        assertTrue(!sentences.isEmpty(), "nothing explains \"" + text + "\"");
        return sentences.get(0);
    }

    @Test
    void theMeasuresTheAppShowsAreExplainedFromTheirOwnLabels() {
        assertTrue(first("cosine similarity").startsWith("Cosine similarity:"));
        assertTrue(first("PCA \u00b7 20 words \u2192 PC1 (26.8%)").startsWith("Explained variance:"));
        assertTrue(first("t-SNE, perplexity 30 \u00b7 KL 1.234").startsWith("KL divergence:"));
        assertTrue(Glossary.explain("t-SNE, perplexity 30 \u00b7 KL 1.234").get(1).startsWith("Perplexity:"));
        assertTrue(first("trustworthiness 0.912 (k = 10)").startsWith("Trustworthiness:"));
        assertTrue(first("faithfulness 0.412 (k = 10)").startsWith("Faithfulness:"));
        assertTrue(first("Spearman 0.5742, Pearson 0.6010 on 353 pairs").startsWith("Spearman correlation:"));
        assertTrue(first("effect size +1.718").startsWith("Effect size"));
        assertTrue(first("p-value 0.00000").startsWith("p-value:"));
        assertTrue(first("Analogies 65.7% \u2192 66.1%   WordSim-353 \u03c1 0.574 \u2192 0.580").startsWith("Spearman"));
        assertTrue(first("4 clusters, inertia 812.4 after 9 iterations").startsWith("Inertia:"));
    }

    @Test
    void everySentenceIsOneSentenceNamingItsMeasure() {
        for (Glossary.Term term : Glossary.terms()) {
            String sentence = term.sentence();
            assertTrue(sentence.endsWith("."), term.name());
            assertEquals(1, sentence.split("\\. ").length, term.name() + " is one sentence");
            assertTrue(sentence.toLowerCase().contains(term.name().toLowerCase().split(" ")[0]), term.name());
        }
    }

    @Test
    void plainWordsAreNotTakenForMeasures() {
        assertEquals(List.of(), Glossary.explain("costs 12 words"));
        assertEquals(List.of(), Glossary.explain("50,000 words \u00d7 100 dimensions"));
    }
}
