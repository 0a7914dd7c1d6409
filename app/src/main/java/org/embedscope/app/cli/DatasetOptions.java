package org.embedscope.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.embedscope.app.data.DatasetLoader;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import picocli.CommandLine.Option;

/** `--vectors FILE` for every data command; without it the bundled dataset is used. */
public final class DatasetOptions {
    @Option(names = "--vectors", paramLabel = "FILE",
            description = "Vector file to load (default: the bundled GloVe 6B 100d 50k-word dataset).")
    Path vectors;

    private double loadSeconds;

    public VectorStore load() throws IOException {
        long start = System.nanoTime();
        VectorStore store = DatasetLoader.load(vectors, Progress.NONE);
        loadSeconds = (System.nanoTime() - start) / 1e9;
        return store;
    }

    /** Wall time of the last {@link #load()}. */
    public double loadSeconds() {
        return loadSeconds;
    }
}
