package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.WordListFile;
import org.embedscope.model.projection.Faithfulness;
import org.embedscope.model.projection.Projection;
import org.embedscope.model.projection.ProjectionDetails;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.SampledTrustworthiness;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.projection.WordSelection;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "project", description = {
    "Project words to 2D or 3D with PCA, t-SNE, UMAP or custom axes and write a TSV (word x y [z]).",
    "Every word by default; --limit N takes the N most frequent, --words FILE a list (one word per line).",
    "Custom axes are vector expressions (--x 'he - she'); a coordinate is the cosine between the word",
    "and the axis vector."})
final class ProjectCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Mixin
    ProjectionOptions projection;

    @Option(names = "--words", paramLabel = "FILE",
            description = "Project only these words (one per line); words not in the vocabulary are reported.")
    Path words;

    @Option(names = "--faithfulness", paramLabel = "K",
            description = "Also report the mean share of each word's K nearest neighbours kept on the map.")
    Integer faithfulnessK;

    @Option(names = "--trustworthiness-sample", paramLabel = "N",
            description = {"Also report the map's trustworthiness (k = 10, as scikit-learn's) estimated from N",
                "sampled words, each with exact input ranks against every word (all words when N is at least",
                "their number)."})
    Integer trustworthinessSample;

    @Option(names = "--recall-sample", paramLabel = "N",
            description = "t-SNE: also report the recall of its input neighbours against exact ones for N sampled words.")
    Integer recallSample;

    @Option(names = "--out", required = true, paramLabel = "FILE.tsv", description = "Where to write the coordinates.")
    Path out;

    @Option(names = "--progress", description = "Report progress on stderr.")
    boolean showProgress;

    @Mixin
    ReportOptions output;

    @Override
    public Integer call() throws Exception {
        ProjectionSpec chosen = projection.spec();
        if (faithfulnessK != null && faithfulnessK < 1) {
            throw new UsageException("--faithfulness must be at least 1, not " + faithfulnessK);
        }
        if (trustworthinessSample != null && trustworthinessSample < 1) {
            throw new UsageException("--trustworthiness-sample must be at least 1, not " + trustworthinessSample);
        }
        if (recallSample != null && recallSample < 1) {
            throw new UsageException("--recall-sample must be at least 1, not " + recallSample);
        }
        if (recallSample != null && projection.method != ProjectionOptions.Method.tsne) {
            throw new UsageException("--recall-sample applies to --method tsne only");
        }
        Simd.warmUpInBackground(projection.method == ProjectionOptions.Method.tsne ? Workload.TSNE : Workload.MATRIX);
        WordSelection selection = words == null ? WordSelection.all() : WordSelection.of(WordListFile.read(words));
        VectorStore store = dataset.load();
        Progress progress = showProgress ? new StderrProgress(output.err()) : Progress.NONE;
        long start = System.nanoTime();
        NeighbourRecall recall = new NeighbourRecall(store, recallSample, projection.seed, progress);
        ProjectionResult map = Projection.run(store, selection, chosen, progress, recall);
        double seconds = (System.nanoTime() - start) / 1e9 - recall.seconds();
        if (!map.missing().isEmpty()) {
            output.err().printf("embedscope: %d of the words in %s %s not in the vocabulary and left"
                    + " out: %s%n", map.missing().size(), words, map.missing().size() == 1 ? "is" : "are",
                    String.join(", ", map.missing()));
        }
        ObjectNode result = JsonOutput.object();
        result.put("method", projection.method.name());
        result.put("points", map.points());
        result.put("dims", map.dims());
        ArrayNode missing = result.putArray("missing_words");
        map.missing().forEach(missing::add);
        describe(map, result);
        result.put("seconds", JsonOutput.round(seconds, 3));
        result.put("load_seconds", JsonOutput.round(dataset.loadSeconds(), 3));
        if (faithfulnessK != null) {
            measureFaithfulness(store, map, progress, result);
        }
        recall.report(result);
        if (trustworthinessSample != null) {
            measureTrustworthiness(store, map, progress, result);
        }
        MapTsv.write(out, store, map);
        if (output.json) {
            JsonOutput.print(output.out(), result);
        } else {
            output.out().printf("%s of %d words to %dD in %.2f s; wrote %s%n",
                    projection.method, map.points(), map.dims(), seconds, out);
        }
        return 0;
    }

    private static void describe(ProjectionResult map, ObjectNode result) {
        if (map.details() instanceof ProjectionDetails.Pca pca) {
            ArrayNode ratios = result.putArray("explained_variance_ratio");
            double[] ratio = pca.explainedVarianceRatio();
            for (int c = 0; c < Math.min(10, ratio.length); c++) {
                ratios.add(JsonOutput.round(ratio[c], 6));
            }
            ArrayNode used = result.putArray("components");
            pca.components().forEach(used::add);
        } else if (map.details() instanceof ProjectionDetails.Tsne tsne) {
            result.put("kl_divergence", JsonOutput.round(tsne.klDivergence(), 6));
            result.put("iterations", tsne.iterations());
            result.put("perplexity", ((org.embedscope.model.projection.TsneSpec) map.spec()).perplexity());
            result.put("learning_rate", JsonOutput.round(tsne.learningRate(), 3));
            result.put("repulsion", tsne.fftIterations() == 0 ? "barnes-hut"
                    : tsne.fftIterations() == tsne.iterations() ? "fft" : "fft+barnes-hut");
            result.put("fft_iterations", tsne.fftIterations());
        } else if (map.details() instanceof ProjectionDetails.Umap umap) {
            UmapSpec spec = (UmapSpec) map.spec();
            result.put("neighbours", spec.neighbours());
            result.put("min_dist", spec.minDist());
            result.put("repulsion_strength", spec.repulsion());
            result.put("epochs", umap.epochs());
            result.put("initialisation", umap.spectral() ? "spectral" : "pca");
            result.put("a", JsonOutput.round(umap.a(), 4));
            result.put("b", JsonOutput.round(umap.b(), 4));
        }
    }

    private void measureTrustworthiness(VectorStore store, ProjectionResult map, Progress progress, ObjectNode result) {
        int k = 10;
        if (3 * k + 1 >= 2 * map.points()) {
            throw new UsageException("--trustworthiness-sample needs more than 15 words on the map, not " + map.points());
        }
        long start = System.nanoTime();
        double t = SampledTrustworthiness.of(store.rowsOf(map.rows()), map.points(), store.dimension(), Metric.COSINE,
                map.positions(), map.dims(), k, trustworthinessSample, projection.seed, progress);
        result.put("trustworthiness", JsonOutput.round(t, 5));
        result.put("trustworthiness_k", k);
        result.put("trustworthiness_sample", Math.min(trustworthinessSample, map.points()));
        result.put("trustworthiness_seconds", JsonOutput.round((System.nanoTime() - start) / 1e9, 3));
    }

    private void measureFaithfulness(VectorStore store, ProjectionResult map, Progress progress, ObjectNode result) {
        if (faithfulnessK >= map.points()) {
            throw new UsageException("--faithfulness must be below the number of words on the map (" + map.points()
                    + "), not " + faithfulnessK);
        }
        long start = System.nanoTime();
        long seed = projection.seed;
        Faithfulness f = Faithfulness.of(store.rowsOf(map.rows()), map.points(), store.dimension(), Metric.COSINE,
                map.positions(), map.dims(), faithfulnessK, seed, progress);
        result.put("faithfulness", JsonOutput.round(f.mean(), 4));
        result.put("faithfulness_k", faithfulnessK);
        result.put("faithfulness_seconds", JsonOutput.round((System.nanoTime() - start) / 1e9, 3));
    }
}
