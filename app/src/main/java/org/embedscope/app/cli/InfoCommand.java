package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.embedscope.model.VectorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "info", description = "Load a vector file and describe it.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        dataset.warningsShownByCommand = true;
        VectorStore store = dataset.load();
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("words", store.size());
            node.put("dimension", store.dimension());
            node.put("format", store.info().format());
            node.put("seconds", JsonOutput.round(dataset.loadSeconds(), 3));
            node.put("name", store.info().name());
            store.metadata().columns().forEach(node.putArray("metadata_columns")::add);
            store.warnings().forEach(node.putArray("warnings")::add);
            JsonOutput.print(out, node);
        } else {
            out.printf("%s%n  words:     %,d%n  dimension: %d%n  format:    %s%n  loaded in  %.2f s%n",
                    store.info().name(), store.size(), store.dimension(), store.info().format(),
                    dataset.loadSeconds());
            store.warnings().forEach(w -> out.println("  warning: " + w));
        }
        return 0;
    }
}
