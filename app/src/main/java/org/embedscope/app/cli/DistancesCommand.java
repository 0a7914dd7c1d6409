package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.embedscope.model.distance.DistanceDistribution;
import org.embedscope.model.distance.DistanceReport;
import org.embedscope.model.distance.DistanceRequest;
import org.embedscope.model.distance.DistanceSource;
import org.embedscope.model.distance.DistanceSummary;
import org.embedscope.model.distance.InvalidDistanceRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "distances", description = {
    "The curse of dimensionality: nearest-neighbour against random-pair distances.",
    "Sample words from the most frequent, measure each one's distance to its nearest other sampled word and "
            + "the distances of random pairs, at --dims dimensions and across a sweep of dimension counts."})
final class DistancesCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Option(names = "--dims", paramLabel = "D", description = "Dimensions to keep (default: all of the vectors').")
    Integer dims;

    @Option(names = "--source", defaultValue = "pca", paramLabel = "pca|raw|random",
            description = "Principal components (centred), the first stored coordinates, or uniform random points "
                    + "in a cube (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--metric", defaultValue = "cosine", paramLabel = "cosine|euclidean",
            description = "Cosine distance (1 - cos) or straight-line distance (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--sample", defaultValue = "1000", paramLabel = "N", description = "Sample words (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--from", defaultValue = "10000", paramLabel = "N",
            description = "Draw the sample from this many most frequent words (default: ${DEFAULT-VALUE}).")
    int from;

    @Option(names = "--pairs", defaultValue = "20000", paramLabel = "N", description = "Random pairs (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample and the pairs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bins", defaultValue = "40", description = "Histogram bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        DistanceSource chosen;
        Metric by;
        try {
            chosen = DistanceSource.parse(source);
            by = Metric.parse(metric);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        VectorStore store = dataset.load();
        int max = DistanceRequest.maxDims(chosen, store);
        int d = dims == null ? store.dimension() : dims;
        int pool = chosen == DistanceSource.RANDOM ? sample : from;
        java.util.TreeSet<Integer> sweep = new java.util.TreeSet<>(DistanceRequest.defaultSweep(max));
        if (d >= 1 && d <= max) {
            sweep.add(d);
        }
        DistanceRequest request;
        try {
            // Every refusal here is about the flags given, so it is a usage error (exit 2).
            request = new DistanceRequest(chosen, by, d, pool, sample, pairs, seed, bins, List.copyOf(sweep));
            request.validateFor(store);
        } catch (InvalidDistanceRequestException e) {
            throw new UsageException(e.getMessage());
        }
        DistanceReport report = DistanceDistribution.run(store, request, new StderrProgress(output.err()));
        if (output.json) {
            JsonOutput.print(output.out(), json(store, report));
            return 0;
        }
        PrintWriter out = output.out();
        DistanceSummary s = report.summary();
        out.printf("%d dimensions (%s, %s): nearest neighbour %.4f (sd %.4f), random pair %.4f (sd %.4f), "
                + "contrast %.3f%n", s.dims(), chosen.id(), by.id(), s.meanNearest(), s.sdNearest(), s.meanRandom(),
                s.sdRandom(), s.contrast());
        out.println("dims\tnearest\trandom\tcontrast");
        for (DistanceSummary p : report.sweep()) {
            out.printf("%d\t%.4f\t%.4f\t%.3f%n", p.dims(), p.meanNearest(), p.meanRandom(), p.contrast());
        }
        return 0;
    }

    private static ObjectNode json(VectorStore store, DistanceReport report) {
        DistanceRequest r = report.request();
        ObjectNode node = JsonOutput.object();
        node.put("source", r.source().id()).put("metric", r.metric().id()).put("dims", r.dims())
                .put("from", r.pool()).put("sample", r.sampleSize()).put("pairs", r.pairs()).put("seed", r.seed());
        put(node.putObject("summary"), report.summary());
        ObjectNode histogram = node.putObject("histogram");
        histogram.put("upper", report.histogram().upper());
        ArrayNode nearest = histogram.putArray("nearest");
        ArrayNode random = histogram.putArray("random_pairs");
        for (int b = 0; b < report.histogram().bins(); b++) {
            nearest.add(report.histogram().nearest()[b]);
            random.add(report.histogram().randomPairs()[b]);
        }
        ArrayNode sweep = node.putArray("sweep");
        for (DistanceSummary s : report.sweep()) {
            put(sweep.addObject(), s);
        }
        ArrayNode rows = node.putArray("sample_rows");
        for (String word : report.sampleWords()) {
            rows.add(store.indexOf(word));
        }
        return node;
    }

    private static void put(ObjectNode node, DistanceSummary s) {
        node.put("dims", s.dims()).put("mean_nearest", s.meanNearest()).put("sd_nearest", s.sdNearest())
                .put("mean_random", s.meanRandom()).put("sd_random", s.sdRandom());
        if (Double.isFinite(s.contrast())) {
            node.put("contrast", s.contrast());
        } else {
            node.putNull("contrast");
        }
    }
}
