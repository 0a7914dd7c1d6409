package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ResolvedWord;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.search.NeighborSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "neighbors", aliases = "neighbours",
        description = {"The words nearest to a word or a vector expression, exactly, over the whole vocabulary.",
            "Expressions: words combined with + - and scaled with * / by numbers, parentheses allowed, e.g. "
                    + "'king - man + woman' or '0.5*paris + berlin' (quote them for the shell). Under cosine a word "
                    + "stands for its unit vector (as in gensim's most_similar), under dot and euclidean for its "
                    + "stored vector. Words of the query are left out of the answers unless --include-inputs."})
final class NeighborsCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Parameters(arity = "1..*", paramLabel = "WORD|EXPR", description = "The query; several arguments are joined with spaces.")
    List<String> query;

    @Mixin
    TopOption top;

    @Option(names = "--metric", defaultValue = "cosine", paramLabel = "METRIC",
            description = "cosine (default), euclidean, dot or manhattan.")
    String metric;

    @Option(names = "--include-inputs", description = "Keep the query's own words among the answers.")
    boolean includeInputs;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        int k = top.k();
        Metric chosen = parseMetric(metric);
        VectorStore store = dataset.load();
        String text = String.join(" ", query);
        VectorExpression expression = QueryText.parse(text, store);
        ResolvedWord single = expression.singleWord();
        NeighborSearch search = new NeighborSearch(store);
        List<Neighbor> results;
        if (single != null && !includeInputs) {
            results = search.nearest(single.word(), k, chosen);
        } else {
            double[] vector = QueryText.vector(expression, chosen == Metric.COSINE ? WordForm.UNIT : WordForm.RAW);
            results = search.nearest(vector, k, chosen, includeInputs ? new int[0] : expression.wordIndices());
        }
        print(text, chosen, expression, results);
        return 0;
    }

    static Metric parseMetric(String text) {
        try {
            return Metric.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void print(String text, Metric chosen, VectorExpression expression, List<Neighbor> results) {
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("query", text);
            node.put("metric", chosen.id());
            QueryText.putLowerCased(node, expression.words());
            ArrayNode array = node.putArray("results");
            for (Neighbor n : results) {
                array.addObject().put("word", n.word()).put("score", JsonOutput.round(n.score(), 6));
            }
            JsonOutput.print(out, node);
        } else {
            QueryText.noteLowerCased(output.err(), expression.words());
            for (Neighbor n : results) {
                out.printf("%-24s %.4f%n", n.word(), n.score());
            }
        }
    }
}
