package org.embedscope.app.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One plain sentence for every measure the app shows, found by the words that name it in a label
 * ("KL 1.234", "Spearman 0.574", "p-value"). Tooltips and lessons say the same thing.
 */
public final class Glossary {
    /** A measure: the words that name it, and what it means in one sentence. */
    public record Term(String name, Pattern names, String sentence) {
    }

    private static final List<Term> TERMS = List.of(
            term("cosine similarity", "\\bcos(ine)?\\b|3CosAdd|3CosMul|\\bsimilarity\\b",
                    "Cosine similarity: the cosine of the angle between two word vectors, 1 for the same direction, 0 for"
                            + " unrelated, -1 for opposite; it is not a percentage."),
            term("euclidean distance", "\\beuclidean\\b",
                    "Euclidean distance: how far apart two word vectors are as points, vector length included; smaller"
                            + " is closer."),
            term("manhattan distance", "\\bmanhattan\\b",
                    "Manhattan distance: the sum of the differences number by number; smaller is closer."),
            term("dot product", "\\bdot\\b",
                    "Dot product: the cosine times both vectors' lengths, so frequent (longer) words score higher."),
            term("explained variance", "explained variance|\\bPC\\d+\\b|principal component",
                    "Explained variance: the share of how much the words differ that lies along this principal"
                            + " component; the first few add up to what a PCA map can show."),
            term("KL divergence", "\\bKL\\b|divergence",
                    "KL divergence: how far t-SNE's map still is from the neighbourhoods it aims at, lower is better;"
                            + " compare it only between runs on the same words and perplexity."),
            term("perplexity", "perplexity",
                    "Perplexity: roughly how many neighbours t-SNE tries to keep close to each word."),
            term("minimum distance", "min(imum)? dist",
                    "Minimum distance (UMAP): how closely words may pack together on the map, from 0 (tight clumps) to"
                            + " 1 (evenly spread); it shapes the picture, not which words are neighbours."),
            term("trustworthiness", "trustworth",
                    "Trustworthiness: how far the map's near neighbours are real neighbours in the full vectors, from"
                            + " about 0.5 (a random map) to 1 (all real), as scikit-learn computes it."),
            term("faithfulness", "faithful",
                    "Faithfulness: the share of each word's k nearest neighbours in the full vectors that are also"
                            + " among its k nearest on the map; 1 means the map keeps every neighbourhood."),
            term("inertia", "inertia",
                    "Inertia: the sum of squared distances from each word to its cluster's centre; lower means tighter"
                            + " clusters, and it always falls as you ask for more clusters."),
            term("Spearman correlation", "spearman|\\u03c1",
                    "Spearman correlation: how well the vectors' similarities put the word pairs in the same order as"
                            + " people's ratings do, from -1 to 1 (1 is the same order)."),
            term("Pearson correlation", "pearson",
                    "Pearson correlation: how closely the vectors' similarities follow people's ratings in a straight"
                            + " line, from -1 to 1."),
            term("accuracy", "accura|\\bcorrect\\b|analogies \\d",
                    "Accuracy: the share of analogy questions whose expected answer is the top word, the three"
                            + " question words excluded."),
            term("rank", "\\brank",
                    "Rank: the expected answer's place among all candidate words, 1 being the top."),
            term("effect size", "effect size|\\bd = ",
                    "Effect size (Cohen's d): how far apart the two target lists' average associations are, in"
                            + " standard deviations; 0.2 is small, 0.5 medium, 0.8 or more large."),
            term("p-value", "p-value|\\bp [=<]",
                    "p-value: the share of random re-splits of the target words that show an association at least this"
                            + " strong; small means unlikely by chance, not that the bias is large."),
            term("association", "association|s\\(w, A, B\\)",
                    "Association s(w, A, B): a word's mean cosine with the attribute words A minus its mean cosine with"
                            + " B; positive leans to A."),
            term("DirectBias", "directbias|direct bias",
                    "DirectBias: the average size of the words' cosines with the direction (to the power c); 0 means no"
                            + " word leans either way."),
            term("indirect bias", "indirect|\\u03b2",
                    "Indirect bias \u03b2: the share of two words' similarity that comes from the direction they share."),
            term("lean recovery", "lean recovery|recover",
                    "Lean recovery: how well clustering still sorts the most biased words by their old side after"
                            + " debiasing; 50% is chance, 100% means the lean is all still there."),
            term("projection", "projection|on the direction",
                    "Projection: a word's cosine with the direction; the sign says which end it leans to."));

    private Glossary() {
    }

    private static Term term(String name, String names, String sentence) {
        return new Term(name, Pattern.compile(names, Pattern.CASE_INSENSITIVE), sentence);
    }

    public static List<Term> terms() {
        return TERMS;
    }

    /** The sentences for the measures a text names, in glossary order; empty when it names none. */
    public static List<String> explain(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        for (Term term : TERMS) {
            if (term.names().matcher(text).find()) {
                sentences.add(term.sentence());
            }
        }
        return sentences;
    }
}
