package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "neighbors", aliases = "neighbours", description = "The words nearest to a word (cosine similarity).")
final class NeighborsCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Parameters(index = "0", paramLabel = "WORD", description = "The query word.")
    String word;

    @Option(names = {"-k", "--top"}, defaultValue = "10", description = "How many neighbours (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (k < 1) {
            throw new UsageException("-k must be at least 1, not " + k);
        }
        VectorStore store = dataset.load();
        List<Neighbor> results = new NeighborSearch(store).nearest(word, k);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonOutput.object();
            node.put("query", word);
            node.put("metric", "cosine");
            ArrayNode array = node.putArray("results");
            for (Neighbor n : results) {
                array.addObject().put("word", n.word()).put("score", JsonOutput.round(n.score(), 6));
            }
            JsonOutput.print(out, node);
        } else {
            for (Neighbor n : results) {
                out.printf("%-24s %.4f%n", n.word(), n.score());
            }
        }
        return 0;
    }
}
