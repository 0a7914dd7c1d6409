package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.DirectBias;
import org.embedscope.model.bias.WordSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "direct", description = {
    "DirectBias (Bolukbasi et al. 2016) of a list of words.",
    "The mean of |cos(w, g)|^c over the words w, for the direction g."})
final class BiasDirectCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    BiasDirectionOptions direction;

    @Option(names = "--words", defaultValue = BiasLists.PROFESSIONS, paramLabel = "WORDS",
            description = "The words: a file or a bundled list (default: ${DEFAULT-VALUE}).")
    String words;

    @Option(names = "--strictness", defaultValue = "1", paramLabel = "C",
            description = "c: 1 (default) is the mean absolute projection, larger counts only strong leans.")
    double strictness;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (!(strictness >= 0) || Double.isInfinite(strictness)) {
            throw new UsageException("--strictness must be a number of at least 0, not " + strictness);
        }
        BiasLists.Named list = BiasLists.words(words);
        VectorStore store = dataset.load();
        BiasDirection chosen = direction.direction(store);
        WordSet set = WordSet.resolve(store, list.name(), list.words()).requireMostPresent();
        double value = DirectBias.of(store, set, chosen.unit(), strictness);
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            BiasReport.putDirection(node, chosen);
            node.put("words", list.name()).put("count", set.size()).put("strictness", strictness);
            node.put("direct_bias", BiasReport.round(value));
            BiasReport.putWords(node.putArray("missing"), set.missing());
            JsonOutput.print(output.out(), node);
            return 0;
        }
        PrintWriter out = output.out();
        BiasReport.printDirection(out, chosen);
        out.printf("DirectBias (c = %s) over %d words of %s: %.4f%n", strictness, set.size(), list.name(), value);
        BiasReport.printMissing(out, list.name(), set.missing());
        return 0;
    }
}
