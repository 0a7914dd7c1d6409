package org.embedscope.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.GloveTextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", description = "Write the loaded vectors (exactly the stored values) in another format.")
final class ConvertCommand implements Callable<Integer> {
    enum Target { glove }

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Target target;

    @Parameters(index = "0", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        VectorStore store = dataset.load();
        GloveTextWriter.write(store, out, Progress.NONE);
        spec.commandLine().getErr().printf("wrote %,d words x %d to %s%n", store.size(), store.dimension(), out);
        return 0;
    }
}
