package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.embedscope.app.data.bias.BundledBiasLists;
import org.embedscope.app.data.bias.WeatTest;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.Weat;
import org.embedscope.model.bias.WeatResult;
import org.embedscope.model.bias.WordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "weat", description = {
    "The Word Embedding Association Test (Caliskan et al. 2017).",
    "Do targets X lean toward attributes A, and Y toward B? Effect size with " + Weat.STANDARD_DEVIATION
            + "; one-sided p-value: the share of"
            + " equal-size partitions of X and Y with a larger statistic, every one counted up to 1,000,000"
            + " partitions, else --permutations drawn at random.",
    "X Y A B are files (a JSON array or one word per line) or bundled set names; --test runs a bundled test."})
final class BiasWeatCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Option(names = "--targets", arity = "2", paramLabel = "SET", description = "The target sets X and Y.")
    String[] targets;

    @Option(names = "--attributes", arity = "2", paramLabel = "SET", description = "The attribute sets A and B.")
    String[] attributes;

    @Option(names = "--test", paramLabel = "ID", description = "A bundled test instead, e.g. weat6 (see --list).")
    String test;

    @Option(names = "--list", description = "List the bundled tests and word sets.")
    boolean list;

    @Option(names = "--permutations", defaultValue = "100000", paramLabel = "N",
            description = "Random partitions when there are too many to count (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random partitions.")
    long seed;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (list) {
            BiasWeatList.print(output);
            return 0;
        }
        WeatTest chosen = chosenTest();
        if (permutations < Weat.MIN_PERMUTATIONS) {
            throw new UsageException(String.format("--permutations must be at least %,d, not %,d",
                    Weat.MIN_PERMUTATIONS, permutations));
        }
        VectorStore store = dataset.load();
        long start = System.nanoTime();
        WordSet x = resolve(store, chosen.x());
        WordSet y = resolve(store, chosen.y());
        WordSet a = resolve(store, chosen.a());
        WordSet b = resolve(store, chosen.b());
        WeatResult result = Weat.run(store, x, y, a, b, permutations, seed, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (output.json) {
            JsonOutput.print(output.out(), json(chosen, result, seconds));
        } else {
            print(chosen, result);
        }
        return 0;
    }

    private WeatTest chosenTest() throws Exception {
        if (test != null) {
            if (targets != null || attributes != null) {
                throw new UsageException("give either --test or --targets and --attributes");
            }
            WeatTest bundled = BundledBiasLists.weatTest(test);
            if (bundled == null) {
                throw new UsageException("no bundled WEAT test " + test + "; bias weat --list shows them");
            }
            return bundled;
        }
        if (targets == null || attributes == null) {
            throw new UsageException("bias weat needs --targets X Y and --attributes A B, or --test ID, or --list");
        }
        return new WeatTest(null, null, named(targets[0]), named(targets[1]), named(attributes[0]),
                named(attributes[1]));
    }

    private static WeatTest.NamedWords named(String spec) throws Exception {
        BiasLists.Named words = BiasLists.words(spec);
        return new WeatTest.NamedWords(words.name(), words.words());
    }

    private static WordSet resolve(VectorStore store, WeatTest.NamedWords words) {
        return WordSet.resolve(store, words.name(), words.words());
    }

    private ObjectNode json(WeatTest chosen, WeatResult result, double seconds) {
        ObjectNode node = JsonOutput.object();
        if (chosen.id() != null) {
            node.put("test", chosen.id()).put("title", chosen.title());
        }
        node.putArray("targets").add(result.x()).add(result.y());
        node.putArray("attributes").add(result.a()).add(result.b());
        node.put("effect_size", BiasReport.round(result.effectSize()));
        node.put("p_value", result.pValue());
        node.put("exact", result.exact());
        node.put("permutations", result.partitions());
        if (!result.exact()) {
            node.put("seed", seed);
        }
        node.put("statistic", BiasReport.round(result.statistic()));
        node.put("mean_x", BiasReport.round(result.meanX()));
        node.put("mean_y", BiasReport.round(result.meanY()));
        node.putObject("standard_deviation").put("value", BiasReport.round(result.standardDeviation()))
                .put("definition", Weat.STANDARD_DEVIATION);
        ObjectNode missing = node.putObject("missing");
        for (Map.Entry<String, List<String>> set : result.missing().entrySet()) {
            BiasReport.putWords(missing.putArray(set.getKey()), set.getValue());
        }
        ArrayNode associations = node.putArray("associations");
        BiasReport.putScores(associations, result.associations());
        node.put("seconds", JsonOutput.round(seconds, 3));
        return node;
    }

    private void print(WeatTest chosen, WeatResult result) {
        PrintWriter out = output.out();
        if (chosen.id() != null) {
            out.printf("%s: %s%n", chosen.id(), chosen.title());
        }
        out.printf("X = %s, Y = %s; A = %s, B = %s%n", result.x(), result.y(), result.a(), result.b());
        out.printf("  effect size  %+.4f   (mean s: X %+.4f, Y %+.4f; sd %.4f, %s)%n", result.effectSize(),
                result.meanX(), result.meanY(), result.standardDeviation(), Weat.STANDARD_DEVIATION);
        out.printf("  p-value      %.6g   (one-sided, %s %,d partitions)%n", result.pValue(),
                result.exact() ? "every one of the" : "a random sample of", result.partitions());
        for (Map.Entry<String, List<String>> set : result.missing().entrySet()) {
            BiasReport.printMissing(out, set.getKey(), set.getValue());
        }
    }
}
