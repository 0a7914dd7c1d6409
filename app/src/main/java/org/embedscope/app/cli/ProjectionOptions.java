package org.embedscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.embedscope.model.Metric;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.tsne.TsneOptions;
import picocli.CommandLine.Option;

/** The projection flags of `project`, turned into the same spec the window builds. */
final class ProjectionOptions {
    enum Method { pca, tsne, umap, custom }

    @Option(names = "--method", required = true, description = "pca, tsne, umap or custom.")
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

    @Option(names = "--seed", defaultValue = "0", description = "Seed for t-SNE and UMAP (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--metric", defaultValue = "cosine", description = "t-SNE and UMAP input distance: cosine (default) or euclidean.")
    String metric;

    @Option(names = "--init", defaultValue = "pca", description = "t-SNE start: pca (default) or random.")
    String init;

    @Option(names = "--theta", defaultValue = "0.5", description = "Barnes-Hut accuracy (default: ${DEFAULT-VALUE}).")
    double theta;

    @Option(names = "--repulsion", defaultValue = "auto",
            description = {"t-SNE repulsive forces: auto (FFT interpolation for 2D maps of 20,000 words or more,",
                "Barnes-Hut otherwise), barnes-hut or fft (2D only)."})
    String repulsion;

    @Option(names = "--neighbours", defaultValue = "auto",
            description = {"t-SNE input neighbours: auto (exact up to 50,000 words), exact or approximate.",
                "UMAP: how many neighbours shape each word's neighbourhood (auto: 15)."})
    String neighbours;

    @Option(names = "--min-dist", paramLabel = "D",
            description = "UMAP: how closely points may pack on the map, 0 to 1 (default: 0.1).")
    Double minDist;

    @Option(names = "--repulsion-strength", paramLabel = "G",
            description = "UMAP: the weight of each push apart (umap-learn's repulsion_strength; default: 8, "
                    + "umap-learn's 1 keeps less local detail).")
    Double repulsionStrength;

    @Option(names = "--epochs", paramLabel = "N",
            description = "UMAP optimisation epochs (default: 500 up to 10,000 words, 200 above).")
    Integer epochs;

    @Option(names = "--x", paramLabel = "EXPR", description = "Custom projection: the x axis.")
    String x;

    @Option(names = "--y", paramLabel = "EXPR", description = "Custom projection: the y axis.")
    String y;

    @Option(names = "--z", paramLabel = "EXPR", description = "Custom projection: the z axis (with --dims 3).")
    String z;

    /** The spec the flags describe; a flag that makes none is a usage error naming it. */
    ProjectionSpec spec() {
        if (dims != 2 && dims != 3) {
            throw new UsageException("--dims must be 2 or 3, not " + dims);
        }
        if (components != null && method != Method.pca) {
            throw new UsageException("--components applies to --method pca only");
        }
        if (!"auto".equalsIgnoreCase(repulsion) && method != Method.tsne) {
            throw new UsageException("--repulsion applies to --method tsne only");
        }
        if ((minDist != null || epochs != null || repulsionStrength != null) && method != Method.umap) {
            throw new UsageException((minDist != null ? "--min-dist" : epochs != null ? "--epochs"
                    : "--repulsion-strength") + " applies to --method umap only");
        }
        return switch (method) {
            case pca -> pca();
            case tsne -> tsne();
            case umap -> umap();
            case custom -> custom();
        };
    }

    private ProjectionSpec pca() {
        if (components == null) {
            return PcaSpec.firstComponents(dims);
        }
        if (components.length != dims) {
            throw new UsageException("--components needs " + dims + " numbers (one per dimension), got "
                    + components.length);
        }
        return new PcaSpec(dims, IntStream.of(components).boxed().toList());
    }

    private ProjectionSpec tsne() {
        try {
            double rate = "auto".equalsIgnoreCase(learningRate) ? TsneSpec.AUTO_LEARNING_RATE
                    : Double.parseDouble(learningRate);
            return new TsneSpec(dims, perplexity, rate, iterations, seed, Metric.parse(metric),
                    TsneOptions.Init.valueOf(init.toUpperCase(Locale.ROOT)), theta,
                    TsneOptions.Neighbours.valueOf(neighbours.toUpperCase(Locale.ROOT)), repulsion());
        } catch (NumberFormatException e) {
            throw new UsageException("--learning-rate must be a number or auto, not '" + learningRate + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("No enum constant")
                    ? "--init is pca or random, --neighbours is auto, exact or approximate" : e.getMessage());
        }
    }

    private TsneOptions.Repulsion repulsion() {
        return switch (repulsion.toLowerCase(Locale.ROOT)) {
            case "auto" -> TsneOptions.Repulsion.AUTO;
            case "barnes-hut" -> TsneOptions.Repulsion.BARNES_HUT;
            case "fft" -> TsneOptions.Repulsion.FFT;
            default -> throw new UsageException("--repulsion is auto, barnes-hut or fft, not '" + repulsion + "'");
        };
    }

    private ProjectionSpec umap() {
        int k;
        try {
            k = "auto".equalsIgnoreCase(neighbours) ? UmapSpec.DEFAULT_NEIGHBOURS : Integer.parseInt(neighbours);
        } catch (NumberFormatException e) {
            throw new UsageException("--neighbours must be a whole number for --method umap, not '" + neighbours + "'");
        }
        if (epochs != null && epochs < 1) {
            throw new UsageException("--epochs must be at least 1, not " + epochs);
        }
        Metric chosen;
        try {
            chosen = Metric.parse(metric);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new UmapSpec(dims, k, minDist == null ? UmapSpec.DEFAULT_MIN_DIST : minDist, UmapSpec.DEFAULT_SPREAD,
                repulsionStrength == null ? UmapSpec.DEFAULT_REPULSION : repulsionStrength,
                epochs == null ? UmapSpec.AUTO_EPOCHS : epochs, seed, chosen);
    }

    private ProjectionSpec custom() {
        if (x == null || y == null || (dims == 3) != (z != null)) {
            throw new UsageException("--method custom needs --x and --y" + (dims == 3 ? " and --z (with --dims 3)" : "")
                    + (dims == 2 && z != null ? ", and --z only with --dims 3" : ""));
        }
        List<String> axes = new ArrayList<>(List.of(x, y));
        if (z != null) {
            axes.add(z);
        }
        return new CustomAxesSpec(axes);
    }
}
