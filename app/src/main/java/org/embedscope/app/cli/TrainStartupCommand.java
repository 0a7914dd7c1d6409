package org.embedscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the everyday commands once, in this process, on the bundled dataset, with their output
 * discarded: the build runs it through the launcher so that the class-data-sharing archive the
 * launcher records holds what those commands load. Not for users, hence hidden.
 */
@Command(name = "train-startup", hidden = true,
        description = "Run the common commands once so that the launcher can archive their classes.")
final class TrainStartupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path folder = Files.createTempDirectory("embedscope-training");
        Path glove = folder.resolve("vectors.txt");
        Path map = folder.resolve("map.tsv");
        try {
            List<String[]> runs = List.of(
                    new String[] {"convert", "--limit", "5000", "--to", "glove", glove.toString()},
                    new String[] {"info", "--no-cache", "--vectors", glove.toString(), "--json"},
                    new String[] {"neighbors", "king", "--json"},
                    new String[] {"neighbors", "king - man + woman", "--metric", "euclidean"},
                    new String[] {"analogy", "man", "king", "woman", "--json"},
                    new String[] {"analogy", "man", "king", "woman", "--method", "mul"},
                    new String[] {"evaluate", "analogies", "--restrict", "20000", "--json"},
                    new String[] {"evaluate", "similarity", "--json"},
                    new String[] {"project", "--method", "pca", "--limit", "2000", "--out", map.toString(), "--json"});
            int failures = 0;
            for (String[] args : runs) {
                PrintWriter discard = new PrintWriter(Writer.nullWriter());
                StringWriter errors = new StringWriter();
                int code = EmbedscopeCommand.newCommandLine(discard, new PrintWriter(errors, true), args).execute(args);
                if (code != 0) {
                    failures++;
                    spec.commandLine().getErr().printf("train-startup: '%s' exited %d: %s%n", String.join(" ", args),
                            code, errors.toString().strip());
                }
            }
            return failures == 0 ? 0 : 1;
        } finally {
            Files.deleteIfExists(glove);
            Files.deleteIfExists(map);
            Files.deleteIfExists(folder);
        }
    }
}
