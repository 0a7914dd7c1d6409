package org.embedscope.app.cli;

import org.embedscope.app.data.BundledEvaluationSets;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.eval.SimilarityEvaluation;
import org.embedscope.model.eval.SimilarityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similarity", description = {
    "Correlation of cosine similarities with human scores, as gensim's evaluate_word_pairs computes it: "
            + "'word1<TAB>word2<TAB>score' lines, '#' lines ignored, malformed lines skipped, pairs with a word "
            + "outside the first N words skipped and counted as oov; Spearman with average ranks for ties."})
final class EvaluateSimilarityCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PAIRS",
            description = "Word pairs file (default: the bundled WordSim-353).")
    Path pairs;

    @Option(names = "--restrict", defaultValue = "300000", paramLabel = "N",
            description = "Only the first N words count (default: ${DEFAULT-VALUE}, as gensim).")
    int restrict;

    @Option(names = "--delimiter", defaultValue = "\t", paramLabel = "TEXT",
            description = "Field separator (default: tab).")
    String delimiter;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (restrict < 0) {
            throw new UsageException("--restrict must not be negative: " + restrict);
        }
        if (delimiter.isEmpty()) {
            throw new UsageException("--delimiter must not be empty");
        }
        // gensim only looks at the first `restrict` words, so only they are read.
        VectorStore store = dataset.loadFirst(restrict);
        SimilarityReport report;
        if (pairs != null) {
            report = SimilarityEvaluation.run(store, pairs, restrict, delimiter);
        } else {
            try (InputStream in = BundledEvaluationSets.open(BundledEvaluationSets.WORDSIM_353)) {
                report = SimilarityEvaluation.run(store, BundledEvaluationSets.WORDSIM_353, in, restrict, delimiter);
            }
        }
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("pairs", report.pairs());
            node.put("oov", report.oov());
            QueryText.putNumber(node, "spearman", report.spearman(), 6);
            QueryText.putNumber(node, "pearson", report.pearson(), 6);
            QueryText.putNumber(node, "oov_percent", report.oovPercent(), 3);
            JsonOutput.print(out, node);
        } else {
            out.printf("pairs %d, oov %d (%.1f %%)%nSpearman %.4f%nPearson  %.4f%n", report.pairs(), report.oov(),
                    report.oovPercent(), report.spearman(), report.pearson());
        }
        return 0;
    }
}
