package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import org.embedscope.model.bias.BiasDirection;
import org.embedscope.model.bias.IndirectBias;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "indirect", description = {
    "Indirect bias beta between two words (Bolukbasi et al. 2016).",
    "beta = (cos(w, v) - cos(w_perp, v_perp)) / cos(w, v): the share of their similarity that the direction"
            + " accounts for (w_perp: w without its component"
            + " along the direction)."})
final class BiasIndirectCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    BiasDirectionOptions direction;

    @Parameters(index = "0", paramLabel = "WORD1")
    String first;

    @Parameters(index = "1", paramLabel = "WORD2")
    String second;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        VectorStore store = dataset.load();
        BiasDirection chosen = direction.direction(store);
        IndirectBias beta = IndirectBias.of(store, chosen.unit(), first, second);
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            BiasReport.putDirection(node, chosen);
            node.put("first", beta.first()).put("second", beta.second());
            node.put("cosine", BiasReport.round(beta.cosine()));
            node.put("cosine_without", BiasReport.round(beta.cosineWithout()));
            node.put("beta", BiasReport.round(beta.beta()));
            JsonOutput.print(output.out(), node);
            return 0;
        }
        PrintWriter out = output.out();
        BiasReport.printDirection(out, chosen);
        out.printf("%s, %s: cosine %.4f, %.4f without the direction; beta %+.4f%n", beta.first(), beta.second(),
                beta.cosine(), beta.cosineWithout(), beta.beta());
        return 0;
    }
}
