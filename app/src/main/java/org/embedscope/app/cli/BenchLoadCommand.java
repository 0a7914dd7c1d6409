package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.SyntheticVectors;
import org.embedscope.model.io.VectorFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Load benchmark at GoogleNews scale: writes a synthetic word2vec binary file, opens it (no cache)
 * and reports the load time and the process's peak resident memory. A benchmark, not a test.
 */
@Command(name = "bench-load", description = {"Write a synthetic word2vec binary file (default 3,000,000 x 300,"
        + " 3.6 GB), open it without the cache, and report load seconds and peak memory.",
    "Needs about twice the file size in free memory; check free disk space in --dir first."})
final class BenchLoadCommand implements Callable<Integer> {
    @Option(names = "--words", defaultValue = "3000000", description = "Rows (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--dim", defaultValue = "300", description = "Dimension (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the file (default: the temp folder).")
    Path dir;

    @Option(names = "--keep", description = "Keep the file, and reuse it if it already exists.")
    boolean keep;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (words < 1 || dimension < 1) {
            throw new UsageException("--words and --dim must be positive");
        }
        Path folder = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        Path file = folder.resolve("embedscope-bench-" + words + "x" + dimension + ".bin");
        long writeStart = System.nanoTime();
        if (!(keep && Files.isRegularFile(file))) {
            SyntheticVectors.writeWord2VecBinary(file, words, dimension, 1, Progress.NONE);
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        long bytes = Files.size(file);
        try {
            long start = System.nanoTime();
            VectorStore store = VectorFiles.open(file, OpenOptions.defaults().withCache(false), Progress.NONE);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            report(store, bytes, writeSeconds, loadSeconds);
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
            }
        }
        return 0;
    }

    private void report(VectorStore store, long bytes, double writeSeconds, double loadSeconds) throws IOException {
        long peakKb = peakResidentKb();
        long floatsMb = 4L * store.size() * store.dimension() >> 20;
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("words", store.size());
            node.put("dimension", store.dimension());
            node.put("file_mb", bytes >> 20);
            node.put("write_seconds", JsonOutput.round(writeSeconds, 2));
            node.put("load_seconds", JsonOutput.round(loadSeconds, 2));
            node.put("raw_float_mb", floatsMb);
            node.put("peak_rss_mb", peakKb >> 10);
            JsonOutput.print(out, node);
        } else {
            out.printf("%,d words x %d, file %,d MB (written in %.1f s)%n", store.size(), store.dimension(),
                    bytes >> 20, writeSeconds);
            out.printf("load: %.2f s; raw float32 %,d MB; peak RSS %,d MB%n", loadSeconds, floatsMb, peakKb >> 10);
        }
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    private static long peakResidentKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
