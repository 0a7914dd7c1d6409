package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.BiasScores;
import org.embedscope.model.bias.Extremes;
import org.embedscope.model.bias.WordScore;
import org.embedscope.model.bias.WordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "direction", description = {
    "A bias direction and the words' projections on it (their cosine with it).",
    "With --words, the projections of that list (professions: the bundled list); without, the -k words"
            + " furthest toward each end among the --within most frequent."})
final class BiasDirectionCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    BiasDirectionOptions direction;

    @Option(names = "--words", paramLabel = "WORDS",
            description = "Project these words: a file or a bundled list (professions, gender-specific, a WEAT set).")
    String words;

    @Mixin
    TopOption top;

    @Option(names = "--within", defaultValue = "50000", paramLabel = "N",
            description = "Without --words: look at the N most frequent words (default: ${DEFAULT-VALUE}).")
    int within;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        int k = top.k();
        if (within < 1) {
            throw new UsageException("--within must be at least 1, not " + within);
        }
        BiasLists.Named list = words == null ? null : BiasLists.words(words);
        VectorStore store = dataset.load();
        BiasDirection chosen = direction.direction(store);
        List<WordScore> scores;
        List<String> missing = new ArrayList<>(chosen.missing());
        WordSet set = null;
        if (list != null) {
            set = WordSet.resolve(store, list.name(), list.words()).requireMostPresent();
            scores = BiasScores.of(store, set, chosen.unit());
            missing.addAll(set.missing());
        } else {
            Extremes ends = BiasScores.extremes(store, chosen.unit(), within, k, row -> false);
            // One list from the most positive to the most negative.
            List<WordScore> negative = new ArrayList<>(ends.negative());
            Collections.reverse(negative);
            scores = new ArrayList<>(ends.positive());
            scores.addAll(negative);
        }
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            BiasReport.putDirection(node, chosen);
            if (list != null) {
                node.put("words", list.name());
            } else {
                node.put("within", Math.min(within, store.size())).put("top", k);
            }
            BiasReport.putScores(node.putArray("projections"), scores);
            BiasReport.putWords(node.putArray("missing"), missing);
            JsonOutput.print(output.out(), node);
            return 0;
        }
        PrintWriter out = output.out();
        BiasReport.printDirection(out, chosen);
        if (list != null) {
            out.printf("Projections of %s (%d words):%n", list.name(), scores.size());
            BiasReport.printScores(out, scores);
            BiasReport.printMissing(out, list.name(), set.missing());
        } else {
            out.printf("The %d words furthest toward each end, among the %,d most frequent:%n", k,
                    Math.min(within, store.size()));
            BiasReport.printScores(out, scores);
        }
        return 0;
    }
}
