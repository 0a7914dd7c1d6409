package org.embedscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.embedscope.app.data.DatasetLoader;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `--vectors FILE` for every data command; without it the bundled dataset is used. */
public final class DatasetOptions {
    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Vector file to load (default: the bundled GloVe 6B 100d 50k-word dataset).")
    Path vectors;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Format of --vectors: glove, word2vec (also fastText .vec), word2vec-binary, tsv or npy"
                    + " (default: detected from the content and extension).")
    VectorFormat format;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Labels for tsv/npy vectors: one per line, or tab-separated columns under a header row"
                    + " (default: metadata.tsv next to vectors.tsv, or NAME.vocab next to NAME.npy).")
    Path metadata;

    @Option(names = "--limit", paramLabel = "N", description = "Read only the first N words.")
    Integer limit;

    @Option(names = "--no-cache", description = "Neither read nor write the binary cache of parsed files"
            + " (kept in $EMBEDSCOPE_CACHE_DIR, default ~/.cache/embedscope).")
    boolean noCache;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Set by commands that list the warnings themselves ({@code info}). */
    boolean warningsShownByCommand;

    private double loadSeconds;

    /** The open options these flags describe. */
    public OpenOptions openOptions() {
        // 0 would read as "no words" to a user but as "all" to the readers; neither is worth allowing.
        if (limit != null && limit < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit);
        }
        if (vectors == null && (format != null || metadata != null)) {
            throw new UsageException("--format and --metadata need --vectors FILE");
        }
        return OpenOptions.defaults().withFormat(format).withMetadata(metadata).withLimit(limit == null ? 0 : limit).withCache(!noCache);
    }

    public VectorStore load() throws IOException {
        return load(openOptions());
    }

    /**
     * Loads at most the first {@code words} words, for commands that never look past them (gensim's
     * restrict_vocab); with a cache of the whole file only that prefix is read.
     */
    public VectorStore loadFirst(int words) throws IOException {
        OpenOptions options = openOptions();
        if (words > 0 && (options.limit() == 0 || options.limit() > words)) {
            options = options.withLimit(words);
        }
        return load(options);
    }

    private VectorStore load(OpenOptions options) throws IOException {
        long start = System.nanoTime();
        VectorStore store = DatasetLoader.load(vectors, options, Progress.NONE);
        loadSeconds = (System.nanoTime() - start) / 1e9;
        if (!warningsShownByCommand && command != null) {
            // A zeroed NaN row or a dropped duplicate changes the answers; the user must hear of it.
            PrintWriter err = command.commandLine().getErr();
            store.warnings().forEach(w -> err.println("embedscope: warning: " + w));
            err.flush();
        }
        return store;
    }

    /** Wall time of the last {@link #load()}. */
    public double loadSeconds() {
        return loadSeconds;
    }
}
