package org.embedscope.model.bias;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.eval.AnalogyEvaluation;
import org.embedscope.model.eval.AnalogyQuestions;
import org.embedscope.model.eval.SimilarityEvaluation;

/**
 * What debiasing costs on the benchmarks: analogy accuracy (3CosAdd over the {@code restrict} most
 * frequent words) and the WordSim-style Spearman correlation, before and after.
 */
public record DebiasCost(double analogyBefore, double analogyAfter, int analogyQuestions, double similarityBefore,
        double similarityAfter, int similarityPairs) {
    public static final int DEFAULT_RESTRICT = 30_000;

    /** @param similarity opens the similarity pairs (word1 TAB word2 TAB score), once per measurement */
    public static DebiasCost measure(VectorStore before, VectorStore after, AnalogyQuestions questions,
            String similarityName, Callable<InputStream> similarity, int restrict, Progress progress) {
        progress.update(0.0, "Analogies, original vectors");
        var analogyBefore = AnalogyEvaluation.run(before, questions, restrict, AnalogyMethod.ADD, Progress.NONE);
        progress.checkCancelled();
        progress.update(0.45, "Analogies, debiased vectors");
        var analogyAfter = AnalogyEvaluation.run(after, questions, restrict, AnalogyMethod.ADD, Progress.NONE);
        progress.checkCancelled();
        progress.update(0.9, "Word similarity");
        var simBefore = similarity(before, similarityName, similarity, restrict);
        var simAfter = similarity(after, similarityName, similarity, restrict);
        return new DebiasCost(analogyBefore.accuracy(), analogyAfter.accuracy(), analogyBefore.total(),
                simBefore.spearman(), simAfter.spearman(), simBefore.pairs());
    }

    private static org.embedscope.model.eval.SimilarityReport similarity(VectorStore store, String name,
            Callable<InputStream> open, int restrict) {
        try (InputStream in = open.call()) {
            return SimilarityEvaluation.run(store, name, in, restrict, "\t");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
