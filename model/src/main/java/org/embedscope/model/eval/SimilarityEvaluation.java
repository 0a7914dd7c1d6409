package org.embedscope.model.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.ExactMath;

/**
 * The word-similarity benchmark with the semantics of gensim 4.2's {@code evaluate_word_pairs}
 * (delimiter tab, restrict_vocab=300000, case_insensitive=True, dummy4unknown=False): lines are
 * read as UTF-8 text; a line starting with {@code #} is a comment; any other line must split at the
 * delimiter into exactly three fields {@code word1 word2 score} with a score Python's {@code float}
 * accepts, or it is skipped (words are not trimmed, as in gensim). Words are upper-cased and looked
 * up among the first {@code restrict} words by their upper-case form, the earliest word winning; a
 * pair with an unknown word counts as oov and is skipped. The model's score is the cosine of the two
 * vectors; Spearman and Pearson are computed as scipy does ({@link Correlation}).
 */
public final class SimilarityEvaluation {
    public static final int DEFAULT_RESTRICT = 300_000;

    private SimilarityEvaluation() {
    }

    public static SimilarityReport run(VectorStore store, Path pairs, int restrict, String delimiter) throws IOException {
        return evaluate(store, pairs.getFileName().toString(), TextLines.read(pairs, true), restrict, delimiter);
    }

    /** Evaluates pairs read from a stream (a bundled resource), named {@code name} in messages. */
    public static SimilarityReport run(VectorStore store, String name, InputStream in, int restrict, String delimiter)
            throws IOException {
        return evaluate(store, name, TextLines.split(name, in.readAllBytes(), true), restrict, delimiter);
    }

    static SimilarityReport evaluate(VectorStore store, String name, List<String> lines, int restrict, String delimiter) {
        if (delimiter.isEmpty()) {
            throw new IllegalArgumentException("empty delimiter");
        }
        FoldedVocabulary vocabulary = new FoldedVocabulary(store, restrict, true);
        List<SimilarityReport.ScoredPair> scored = new ArrayList<>();
        int oov = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(java.util.regex.Pattern.quote(delimiter), -1);
            if (fields.length != 3) {
                continue;
            }
            double human;
            try {
                human = PyText.parseFloat(fields[2]);
            } catch (NumberFormatException e) {
                continue;
            }
            // Python's float() accepts nan and inf, but a rank correlation over them means nothing.
            if (!Double.isFinite(human)) {
                throw DataFormatException.atLine(name, i + 1, "the human score '" + PyText.strip(fields[2])
                        + "' is not a finite number");
            }
            int a = vocabulary.indexOfKey(vocabulary.key(fields[0]));
            int b = vocabulary.indexOfKey(vocabulary.key(fields[1]));
            if (a < 0 || b < 0) {
                oov++;
                continue;
            }
            scored.add(new SimilarityReport.ScoredPair(fields[0], fields[1], human, cosine(store, a, b), i + 1));
        }
        if (scored.isEmpty()) {
            throw DataFormatException.inFile(name, "no usable word pairs (expected 'word1<TAB>word2<TAB>score' lines"
                    + (oov > 0 ? "; all " + oov + " pairs have a word outside the vocabulary" : "") + ")");
        }
        double[] human = scored.stream().mapToDouble(SimilarityReport.ScoredPair::human).toArray();
        double[] model = scored.stream().mapToDouble(SimilarityReport.ScoredPair::model).toArray();
        return new SimilarityReport(scored.size(), oov, Correlation.spearman(human, model),
                Correlation.pearson(human, model), scored);
    }

    /** Cosine in double, symmetric in a and b (a pair and its reverse tie, as in gensim). */
    static double cosine(VectorStore store, int a, int b) {
        float[] m = store.rawVectors();
        int dim = store.dimension();
        double dot = 0;
        for (int d = 0; d < dim; d++) {
            dot += (double) m[a * dim + d] * m[b * dim + d];
        }
        double norms = ExactMath.norm(store, a) * ExactMath.norm(store, b);
        return norms == 0 ? 0 : dot / norms;
    }
}
