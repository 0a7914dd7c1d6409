package org.embedscope.model.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;

/**
 * The analogy benchmark with the semantics of gensim 4.2's {@code evaluate_word_analogies}
 * (defaults: restrict_vocab=300000, case_insensitive=True, dummy4unknown=False):
 * <ul>
 * <li>the vocabulary is the first {@code restrict} words, keyed by upper case, the earliest word
 * winning when several fold to the same key ({@link FoldedVocabulary});</li>
 * <li>a question with any of its four words (upper-cased) missing from it is skipped, not
 * counted;</li>
 * <li>a, b and c are the rows the keys map to; gensim asks {@code most_similar(positive=[b, c],
 * negative=[a], topn=5, restrict_vocab=restrict)}, which drops those three rows and returns the
 * best five of the rest within the restriction;</li>
 * <li>it then walks those five and stops at the first whose upper-cased word is not one of the
 * three upper-cased inputs (other case variants of an input are skipped this way); when all five
 * are skipped, the last one stays the prediction. The question is correct when the prediction's
 * upper case equals the expected word's.</li>
 * </ul>
 * 3CosMul ({@code --method mul}) is evaluated the same way with gensim's cosmul score; gensim 4.2
 * itself only evaluates 3CosAdd.
 */
public final class AnalogyEvaluation {
    /** gensim's default. */
    public static final int DEFAULT_RESTRICT = 300_000;
    /** gensim asks most_similar for five answers. */
    private static final int TOP_N = 5;

    private AnalogyEvaluation() {
    }

    public static AnalogyReport run(VectorStore store, Path questions, int restrict, AnalogyMethod method,
            Progress progress) throws IOException {
        return run(store, questions, restrict, method, progress, Simd.kernels());
    }

    public static AnalogyReport run(VectorStore store, Path questions, int restrict, AnalogyMethod method,
            Progress progress, Kernels kernels) throws IOException {
        long start = System.nanoTime();
        progress.update(-1, "Reading " + questions.getFileName());
        AnalogyQuestions set = AnalogyQuestions.read(questions);
        return evaluate(store, set, restrict, method, progress, kernels, start);
    }

    /**
     * Starts compiling the evaluation kernels in the background, so that an evaluation started soon
     * after (once the vectors are loaded) runs at full speed from its first block. Worth it for
     * evaluations of more than a second; a no-op without the Vector API.
     */
    public static void warmUpInBackground(AnalogyMethod method) {
        BatchAnalogySolver.warmUpInBackground(method);
    }

    /** Evaluates a question set already read (for example a bundled one). */
    public static AnalogyReport run(VectorStore store, AnalogyQuestions set, int restrict, AnalogyMethod method,
            Progress progress) {
        return evaluate(store, set, restrict, method, progress, Simd.kernels(), System.nanoTime());
    }

    static AnalogyReport evaluate(VectorStore store, AnalogyQuestions set, int restrict, AnalogyMethod method,
            Progress progress, Kernels kernels, long start) {
        FoldedVocabulary vocabulary = new FoldedVocabulary(store, restrict, true);
        // a test set repeats few words (the Google set: about 900 in 19,544 questions)
        Map<String, Integer> rows = new HashMap<>();
        ToIntFunction<String> rowOf = word -> rows.computeIfAbsent(word, w -> vocabulary.indexOfKey(vocabulary.key(w)));
        List<AnalogyQuestions.Question> kept = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        int skipped = 0;
        for (int s = 0; s < set.sections().size(); s++) {
            for (AnalogyQuestions.Question q : set.sections().get(s).questions()) {
                if (rowOf.applyAsInt(q.a()) < 0 || rowOf.applyAsInt(q.b()) < 0
                        || rowOf.applyAsInt(q.c()) < 0 || rowOf.applyAsInt(q.expected()) < 0) {
                    skipped++;
                } else {
                    kept.add(q);
                    sectionOf.add(s);
                }
            }
        }
        int n = kept.size();
        int[] a = new int[n];
        int[] b = new int[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = rowOf.applyAsInt(kept.get(i).a());
            b[i] = rowOf.applyAsInt(kept.get(i).b());
            c[i] = rowOf.applyAsInt(kept.get(i).c());
        }
        int[][] top = new BatchAnalogySolver(store, vocabulary.restrict(), kernels).solve(a, b, c, method, TOP_N, progress);
        Map<String, String> keys = new HashMap<>();
        Function<String, String> key = word -> keys.computeIfAbsent(word, vocabulary::key);
        List<AnalogyReport.Outcome> outcomes = new ArrayList<>(n);
        int[] sectionCorrect = new int[set.sections().size()];
        int[] sectionTotal = new int[set.sections().size()];
        for (int i = 0; i < n; i++) {
            AnalogyQuestions.Question q = kept.get(i);
            String predicted = predict(store, key, q, top[i]);
            boolean correct = predicted != null && predicted.equals(key.apply(q.expected()));
            int s = sectionOf.get(i);
            sectionTotal[s]++;
            sectionCorrect[s] += correct ? 1 : 0;
            outcomes.add(new AnalogyReport.Outcome(set.sections().get(s).name(), q.a(), q.b(), q.c(), q.expected(),
                    predicted, correct, q.line()));
        }
        progress.update(1, "Evaluated " + n + " questions");
        List<AnalogyReport.SectionScore> sections = new ArrayList<>();
        int correct = 0;
        for (int s = 0; s < sectionTotal.length; s++) {
            sections.add(new AnalogyReport.SectionScore(set.sections().get(s).name(), sectionCorrect[s], sectionTotal[s]));
            correct += sectionCorrect[s];
        }
        sections.add(new AnalogyReport.SectionScore(AnalogyReport.TOTAL_SECTION, correct, n));
        return new AnalogyReport(correct, n, skipped, (System.nanoTime() - start) / 1e9, sections, outcomes);
    }

    /**
     * gensim's loop over the top five: the first not an input (by upper case), else the last. gensim
     * also checks that the prediction is in ok_vocab, which rows within the restriction always are.
     */
    private static String predict(VectorStore store, Function<String, String> key, AnalogyQuestions.Question q,
            int[] top) {
        String a = key.apply(q.a());
        String b = key.apply(q.b());
        String c = key.apply(q.c());
        String predicted = null;
        for (int row : top) {
            predicted = key.apply(store.word(row));
            if (!predicted.equals(a) && !predicted.equals(b) && !predicted.equals(c)) {
                break;
            }
        }
        return predicted;
    }
}
