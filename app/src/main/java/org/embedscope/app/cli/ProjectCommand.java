package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.linalg.FloatKernel;
import org.embedscope.model.projection.CustomProjection;
import org.embedscope.model.projection.Faithfulness;
import org.embedscope.model.projection.Pca;
import org.embedscope.model.projection.PcaResult;
import org.embedscope.model.tsne.TsneOptions;
import org.embedscope.model.tsne.TsneResult;
import org.embedscope.model.tsne.TsneRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "project", description = {
    "Project every word to 2D or 3D with PCA, t-SNE or custom axes and write a TSV (word x y [z]).",
    "Custom axes are vector expressions (--x 'he - she'); a coordinate is the cosine between the word",
    "and the axis vector."})
final class ProjectCommand implements Callable<Integer> {
    /** --x/--y/--z are vector expressions on the stored (raw) vectors: he - she, 2 * (good - bad). */
    private static double[] axis(VectorStore store, String text) {
        try {
            return VectorExpression.parse(text, store).evaluate(WordForm.RAW);
        } catch (ExpressionException e) {
            throw new UsageException("axis '" + text + "': " + e.getMessage());
        }
    }

    enum Method { pca, tsne, custom }

    @Mixin
    DatasetOptions dataset;

    @Option(names = "--method", required = true, description = "pca, tsne or custom.")
    Method method;

    @Option(names = "--dims", defaultValue = "2", description = "2 or 3 (default: ${DEFAULT-VALUE}).")
    int dims;


    @Option(names = "--components", split = ",", paramLabel = "I",
            description = "PCA: which principal components (1-based), one per dimension (default: 1,2[,3]).")
    int[] components;

    @Option(names = "--perplexity", defaultValue = "30", description = "t-SNE perplexity (default: ${DEFAULT-VALUE}).")
    double perplexity;

    @Option(names = "--iterations", defaultValue = "1000", description = "t-SNE iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--learning-rate", defaultValue = "auto", description = "t-SNE learning rate or auto (default).")
    String learningRate;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for t-SNE (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--metric", defaultValue = "cosine", description = "t-SNE input distance: cosine (default) or euclidean.")
    String metric;

    @Option(names = "--init", defaultValue = "pca", description = "t-SNE start: pca (default) or random.")
    String init;

    @Option(names = "--theta", defaultValue = "0.5", description = "Barnes-Hut accuracy (default: ${DEFAULT-VALUE}).")
    double theta;

    @Option(names = "--neighbours", defaultValue = "auto",
            description = "t-SNE input neighbours: auto (exact up to 50,000 words), exact or approximate.")
    String neighbours;

    @Option(names = "--x", paramLabel = "EXPR", description = "Custom projection: the x axis.")
    String x;

    @Option(names = "--y", paramLabel = "EXPR", description = "Custom projection: the y axis.")
    String y;

    @Option(names = "--z", paramLabel = "EXPR", description = "Custom projection: the z axis (with --dims 3).")
    String z;

    @Option(names = "--faithfulness", paramLabel = "K",
            description = "Also report the mean share of each word's K nearest neighbours kept on the map.")
    Integer faithfulnessK;

    @Option(names = "--out", required = true, paramLabel = "FILE.tsv", description = "Where to write the coordinates.")
    Path out;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--progress", description = "Report progress on stderr.")
    boolean showProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        validate();
        FloatKernel.prepareInBackground();
        if (method == Method.tsne) {
            TsneRun.prepareInBackground();
        }
        VectorStore store = dataset.load();
        // --limit (from the dataset options) already cut the store to the first N words.
        int n = store.size();
        if (n < 3) {
            throw new UsageException("a projection needs at least 3 words, not " + n);
        }
        float[] data = store.rawVectors();
        Progress progress = showProgress ? new StderrProgress(spec.commandLine().getErr()) : Progress.NONE;
        ObjectNode result = JsonOutput.object();
        result.put("method", method.name());
        result.put("points", n);
        result.put("dims", dims);
        long start = System.nanoTime();
        float[] positions = switch (method) {
            case pca -> pca(data, n, store.dimension(), progress, result);
            case tsne -> tsne(data, n, store.dimension(), progress, result);
            case custom -> custom(store, data, n, progress);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        result.put("seconds", JsonOutput.round(seconds, 3));
        result.put("load_seconds", JsonOutput.round(dataset.loadSeconds(), 3));
        if (faithfulnessK != null) {
            long fStart = System.nanoTime();
            Faithfulness f = Faithfulness.of(data, n, store.dimension(), Metric.COSINE, positions, dims,
                    faithfulnessK, seed, progress);
            result.put("faithfulness", JsonOutput.round(f.mean(), 4));
            result.put("faithfulness_k", faithfulnessK);
            result.put("faithfulness_seconds", JsonOutput.round((System.nanoTime() - fStart) / 1e9, 3));
        }
        MapTsv.write(out, store, n, positions, dims);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().printf("%s of %d words to %dD in %.2f s; wrote %s%n",
                    method, n, dims, seconds, out);
        }
        return 0;
    }

    private void validate() {
        if (dims != 2 && dims != 3) {
            throw new UsageException("--dims must be 2 or 3, not " + dims);
        }
        if (faithfulnessK != null && faithfulnessK < 1) {
            throw new UsageException("--faithfulness must be at least 1, not " + faithfulnessK);
        }
        if (method == Method.custom && (x == null || y == null || (dims == 3) != (z != null))) {
            throw new UsageException("--method custom needs --x and --y" + (dims == 3 ? " and --z (with --dims 3)" : "")
                    + (dims == 2 && z != null ? ", and --z only with --dims 3" : ""));
        }
        if (components != null && method != Method.pca) {
            throw new UsageException("--components applies to --method pca only");
        }
    }

    private float[] pca(float[] data, int n, int dimension, Progress progress, ObjectNode result) {
        int[] chosen = new int[dims];
        for (int d = 0; d < dims; d++) {
            chosen[d] = components == null ? d : components[d] - 1;
        }
        if (components != null && components.length != dims) {
            throw new UsageException("--components needs " + dims + " numbers (one per dimension), got " + components.length);
        }
        for (int c : chosen) {
            if (c < 0 || c >= dimension) {
                throw new UsageException("--components must be between 1 and " + dimension + ", got " + (c + 1));
            }
        }
        PcaResult pca = Pca.fit(data, n, dimension, chosen, progress);
        ArrayNode ratios = result.putArray("explained_variance_ratio");
        for (int c = 0; c < Math.min(10, dimension); c++) {
            ratios.add(JsonOutput.round(pca.explainedVarianceRatio()[c], 6));
        }
        ArrayNode used = result.putArray("components");
        for (int c : chosen) {
            used.add(c + 1);
        }
        return pca.coordinates();
    }

    private float[] tsne(float[] data, int n, int dimension, Progress progress, ObjectNode result) {
        TsneOptions options;
        try {
            options = TsneOptions.defaults().withDims(dims).withPerplexity(perplexity).withIterations(iterations)
                    .withSeed(seed).withMetric(Metric.parse(metric)).withTheta(theta)
                    .withInit(TsneOptions.Init.valueOf(init.toUpperCase(java.util.Locale.ROOT)))
                    .withNeighbours(TsneOptions.Neighbours.valueOf(neighbours.toUpperCase(java.util.Locale.ROOT)))
                    .withLearningRate("auto".equalsIgnoreCase(learningRate) ? Double.NaN : Double.parseDouble(learningRate));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (perplexity >= n) {
            throw new UsageException("--perplexity (" + perplexity + ") must be less than the number of words (" + n + ")");
        }
        TsneResult tsne = new TsneRun(options, data, n, dimension).run(progress, (it, kl, positions) -> { });
        result.put("kl_divergence", JsonOutput.round(tsne.klDivergence(), 6));
        result.put("iterations", tsne.iterations());
        result.put("perplexity", perplexity);
        result.put("learning_rate", JsonOutput.round(options.learningRateFor(n), 3));
        return tsne.positions();
    }

    private float[] custom(VectorStore store, float[] data, int n, Progress progress) {
        Function<String, double[]> resolve = text -> axis(store, text);
        double[][] axes = dims == 3
                ? new double[][] {axisVector(resolve, x), axisVector(resolve, y), axisVector(resolve, z)}
                : new double[][] {axisVector(resolve, x), axisVector(resolve, y)};
        return CustomProjection.project(data, n, store.dimension(), axes, progress);
    }

    private static double[] axisVector(Function<String, double[]> resolve, String expression) {
        double[] v = resolve.apply(expression);
        double norm = 0;
        for (double value : v) {
            norm += value * value;
        }
        if (!(norm > 0)) {
            throw new UsageException("axis '" + expression + "' is the zero vector");
        }
        return v;
    }
}
