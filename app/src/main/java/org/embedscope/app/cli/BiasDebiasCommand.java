package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.app.data.BundledEvaluationSets;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.DebiasCheck;
import org.embedscope.model.bias.DebiasCost;
import org.embedscope.model.bias.DebiasResult;
import org.embedscope.model.bias.HardDebias;
import org.embedscope.model.bias.LeanRecovery;
import org.embedscope.model.bias.WordPair;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "debias", description = {
    "Hard-debias the vectors (Bolukbasi et al. 2016) and write them.",
    "Normalises every vector, removes the direction from every word that is not --specific and equalises"
            + " the --equalize pairs (lower, title and upper case) about the neutral space.",
    "Reports what it cost (Google analogies 3CosAdd and WordSim-353 Spearman over the --restrict most frequent"
            + " words, before and after), how well k-means still recovers the most biased words' lean"
            + " (Gonen and Goldberg 2019), and checks the result."})
final class BiasDebiasCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    BiasDirectionOptions direction;

    @Option(names = "--equalize", defaultValue = BiasLists.EQUALIZE, paramLabel = "PAIRS",
            description = "Pairs to equalise: a file or a bundled list (default: ${DEFAULT-VALUE}, debiaswe's).")
    String equalize;

    @Option(names = "--specific", defaultValue = BiasLists.SPECIFIC, paramLabel = "WORDS",
            description = "Words to leave as they are: a file or a bundled list (default: ${DEFAULT-VALUE},"
                    + " debiaswe's seed list).")
    String specific;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Output format: glove, word2vec (fastText .vec), word2vec-binary or tsv.")
    VectorFormat target;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the debiased vectors.")
    Path out;

    @Option(names = "--restrict", defaultValue = "30000", paramLabel = "N",
            description = "Benchmarks over the N most frequent words (default: ${DEFAULT-VALUE}).")
    int restrict;

    @Option(names = "--within", defaultValue = "50000", paramLabel = "N",
            description = "Lean recovery: the most biased words among the N most frequent (default: ${DEFAULT-VALUE}).")
    int within;

    @Option(names = "--per-side", defaultValue = "500", paramLabel = "N",
            description = "Lean recovery: this many words from each end (default: ${DEFAULT-VALUE}).")
    int perSide;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the k-means clustering.")
    long seed;

    @Option(names = "--progress", description = "Report progress on stderr.")
    boolean showProgress;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (!target.writable()) {
            throw new UsageException("cannot write " + target.id() + "; use glove, word2vec, word2vec-binary or tsv");
        }
        for (int value : new int[] {restrict, within, perSide}) {
            if (value < 1) {
                throw new UsageException("--restrict, --within and --per-side must be at least 1, not " + value);
            }
        }
        List<WordPair> pairs = BiasLists.pairs(equalize);
        List<String> kept = BiasLists.words(specific).words();
        VectorStore store = dataset.load();
        Progress progress = showProgress ? new StderrProgress(output.err()) : Progress.NONE;
        BiasDirection chosen = direction.direction(store);
        long start = System.nanoTime();
        DebiasResult result = HardDebias.run(store, chosen.unit(), kept, pairs, progress);
        double debiasSeconds = seconds(start);
        DebiasCheck check = DebiasCheck.of(result, kept);
        start = System.nanoTime();
        LeanRecovery lean = LeanRecovery.measure(store, result.vectors(), result.direction(), kept, within, perSide,
                seed, progress);
        double leanSeconds = seconds(start);
        start = System.nanoTime();
        DebiasCost cost = DebiasCost.measure(store, result.vectors(), BundledEvaluationSets.googleAnalogies(),
                BundledEvaluationSets.WORDSIM_353, () -> BundledEvaluationSets.open(BundledEvaluationSets.WORDSIM_353),
                restrict, progress);
        double costSeconds = seconds(start);
        start = System.nanoTime();
        List<Path> written = VectorFiles.save(result.vectors(), out, target, progress);
        double writeSeconds = seconds(start);
        ObjectNode node = JsonOutput.object();
        BiasReport.putDirection(node, chosen);
        node.put("neutralised", result.neutralised()).put("kept", result.kept());
        node.put("equalised", result.equalised().size());
        var equalised = node.putArray("equalised_pairs");
        result.equalised().forEach(p -> equalised.addArray().add(p.first()).add(p.second()));
        node.putObject("lean_recovery").put("words", lean.words()).put("before", BiasReport.round(lean.before()))
                .put("after", BiasReport.round(lean.after()));
        node.putObject("analogy_accuracy").put("before", BiasReport.round(cost.analogyBefore()))
                .put("after", BiasReport.round(cost.analogyAfter())).put("questions", cost.analogyQuestions())
                .put("restrict", restrict);
        node.putObject("similarity_spearman").put("before", BiasReport.round(cost.similarityBefore()))
                .put("after", BiasReport.round(cost.similarityAfter())).put("pairs", cost.similarityPairs());
        node.putObject("checks").put("largest_neutral_cosine", check.largestNeutralCosine())
                .put("largest_pair_off_direction", check.largestPairOffDirection())
                .put("largest_pair_sum_along", check.largestPairSumAlong())
                .put("largest_norm_error", check.largestNormError());
        BiasReport.putWords(node.putArray("written"), written.stream().map(Path::toString).toList());
        node.putObject("seconds").put("load", JsonOutput.round(dataset.loadSeconds(), 3))
                .put("debias", JsonOutput.round(debiasSeconds, 3)).put("lean_recovery", JsonOutput.round(leanSeconds, 3))
                .put("benchmarks", JsonOutput.round(costSeconds, 3)).put("write", JsonOutput.round(writeSeconds, 3));
        if (output.json) {
            JsonOutput.print(output.out(), node);
        } else {
            BiasDebiasText.print(output.out(), chosen, result, lean, cost, check, written);
        }
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
