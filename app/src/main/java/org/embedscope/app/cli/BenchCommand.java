package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.app.data.BundledEvaluationSets;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.analogy.Analogies;
import org.embedscope.model.analogy.AnalogyMethod;
import org.embedscope.model.analogy.AnalogyTerm;
import org.embedscope.model.eval.AnalogyQuestions;
import org.embedscope.model.search.Int8Index;
import org.embedscope.model.search.NeighborSearch;
import org.embedscope.model.simd.Kernels;
import org.embedscope.model.simd.Simd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {"Time loading, neighbour queries and analogies on the loaded vectors.",
    "Neighbours: exact cosine top-10 over the whole vocabulary for the words at ranks 100 to 100 + N - 1 "
            + "(frequent words), after as many warm-up queries on other words; analogies: 3CosAdd top-10 for "
            + "the first N questions of the bundled Google set whose words are known; then the neighbour queries again "
            + "by manhattan distance. Medians are reported."})
final class BenchCommand implements Callable<Integer> {
    static final int FIRST_WORD = 100;

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--queries", defaultValue = "200", paramLabel = "N",
            description = "Queries of each kind to time (default: ${DEFAULT-VALUE}, at least 100).")
    int queries;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        if (queries < 100) {
            throw new UsageException("--queries must be at least 100, not " + queries);
        }
        VectorStore store = dataset.load();
        if (store.size() < FIRST_WORD + 2 * queries) {
            throw new UsageException("bench needs at least " + (FIRST_WORD + 2 * queries) + " words, the vectors have "
                    + store.size());
        }
        long start = System.nanoTime();
        Int8Index index = Int8Index.of(store);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        NeighborSearch search = new NeighborSearch(store);
        double[] neighbors = timeNeighbors(search, Metric.COSINE);
        double[] analogies = timeAnalogies(store);
        double[] manhattan = timeNeighbors(search, Metric.MANHATTAN);
        print(store, index, indexSeconds, neighbors, analogies, manhattan);
        return 0;
    }

    /** Milliseconds of each top-10 query on the words from rank {@link #FIRST_WORD}, after as many others. */
    private double[] timeNeighbors(NeighborSearch search, Metric metric) {
        VectorStore store = search.store();
        for (int i = 0; i < queries; i++) {
            search.nearest(store.word(FIRST_WORD + queries + i), 10, metric);
        }
        double[] times = new double[queries];
        for (int i = 0; i < queries; i++) {
            String word = store.word(FIRST_WORD + i);
            long t = System.nanoTime();
            search.nearest(word, 10, metric);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        return times;
    }

    private double[] timeAnalogies(VectorStore store) throws Exception {
        List<AnalogyTerm[]> known = new ArrayList<>();
        try (InputStream in = BundledEvaluationSets.open(BundledEvaluationSets.GOOGLE_ANALOGIES)) {
            for (AnalogyQuestions.Section s : AnalogyQuestions.read(BundledEvaluationSets.GOOGLE_ANALOGIES, in).sections()) {
                for (AnalogyQuestions.Question q : s.questions()) {
                    int a = store.indexOf(q.a().toLowerCase(java.util.Locale.ROOT));
                    int b = store.indexOf(q.b().toLowerCase(java.util.Locale.ROOT));
                    int c = store.indexOf(q.c().toLowerCase(java.util.Locale.ROOT));
                    if (a >= 0 && b >= 0 && c >= 0) {
                        known.add(new AnalogyTerm[] {AnalogyTerm.of(store, a), AnalogyTerm.of(store, b), AnalogyTerm.of(store, c)});
                    }
                }
            }
        }
        // spread over all sections: every (size / queries)-th question
        int n = Math.min(queries, known.size());
        Kernels kernels = Simd.kernels();
        double[] times = new double[n];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < n; i++) {
                AnalogyTerm[] q = known.get((int) ((long) i * known.size() / n));
                long t = System.nanoTime();
                Analogies.solve(store, q[0], q[1], q[2], AnalogyMethod.ADD, 10, false, kernels);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return times;
    }

    private void print(VectorStore store, Int8Index index, double indexSeconds, double[] neighbors, double[] analogies,
            double[] manhattan) {
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("load_seconds", JsonOutput.round(dataset.loadSeconds(), 3));
            node.put("neighbors_p50_ms", JsonOutput.round(median(neighbors), 3));
            node.put("analogy_p50_ms", JsonOutput.round(median(analogies), 3));
            node.put("neighbors_p90_ms", JsonOutput.round(percentile(neighbors, 90), 3));
            node.put("analogy_p90_ms", JsonOutput.round(percentile(analogies, 90), 3));
            node.put("manhattan_p50_ms", JsonOutput.round(median(manhattan), 3));
            node.put("manhattan_p90_ms", JsonOutput.round(percentile(manhattan, 90), 3));
            node.put("neighbor_queries", neighbors.length);
            node.put("analogy_queries", analogies.length);
            node.put("index_seconds", JsonOutput.round(indexSeconds, 3));
            node.put("index_mib", JsonOutput.round(index.bytes() / 1048576.0, 1));
            node.put("words", store.size());
            node.put("dimension", store.dimension());
            node.put("kernels", Simd.kernels().name());
            node.put("threads", Runtime.getRuntime().availableProcessors());
            JsonOutput.print(out, node);
        } else {
            out.printf("loaded %,d words x %d in %.2f s; int8 index %.1f MiB built in %.2f s (%s, %d threads)%n",
                    store.size(), store.dimension(), dataset.loadSeconds(), index.bytes() / 1048576.0, indexSeconds,
                    Simd.kernels().name(), Runtime.getRuntime().availableProcessors());
            out.printf("neighbours (exact cosine top-10, %d words): median %.3f ms, p90 %.3f ms%n", neighbors.length,
                    median(neighbors), percentile(neighbors, 90));
            out.printf("analogies (3CosAdd top-10, %d questions): median %.3f ms, p90 %.3f ms%n", analogies.length,
                    median(analogies), percentile(analogies, 90));
            out.printf("neighbours (exact manhattan top-10, %d words): median %.3f ms, p90 %.3f ms%n", manhattan.length,
                    median(manhattan), percentile(manhattan, 90));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
