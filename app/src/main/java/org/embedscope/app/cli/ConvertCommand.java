package org.embedscope.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", description = {"Write the loaded vectors (exactly the stored values) in another format.",
    "For tsv, the labels go next to OUT: vectors.tsv -> metadata.tsv, NAME.tsv -> NAME-metadata.tsv"
            + " (one word per line, or a header row and all metadata columns when there are several)."})
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Output format: glove, word2vec (fastText .vec), word2vec-binary or tsv.")
    VectorFormat target;

    @Parameters(index = "0", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!target.writable()) {
            throw new UsageException("cannot write " + target.id() + "; use glove, word2vec, word2vec-binary or tsv");
        }
        if (java.nio.file.Files.isDirectory(out)) {
            throw new UsageException(out + ": is a folder; give the name of the file to write");
        }
        VectorStore store = dataset.load();
        List<Path> written = VectorFiles.save(store, out, target, Progress.NONE);
        for (Path file : written) {
            spec.commandLine().getErr().printf("wrote %s%n", file);
        }
        spec.commandLine().getErr().printf("%,d words x %d as %s%n", store.size(), store.dimension(), target.id());
        return 0;
    }
}
