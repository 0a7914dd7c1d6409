package org.embedscope.app.gui.projection;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.VectorStore;
import org.embedscope.model.projection.CustomAxesSpec;
import org.embedscope.model.projection.PcaSpec;
import org.embedscope.model.projection.ProjectionDetails;
import org.embedscope.model.projection.ProjectionResult;
import org.embedscope.model.projection.ProjectionSpec;
import org.embedscope.model.projection.TsneSpec;
import org.embedscope.model.projection.UmapSpec;

/** The words the map and the status bar use for a projection: titles, axis names, progress. */
final class MapCaptions {
    private final VectorStore store;
    private final ProjectionSpec spec;

    MapCaptions(VectorStore store, ProjectionSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    int dims() {
        return spec.dims();
    }

    String taskTitle() {
        if (spec instanceof TsneSpec tsne) {
            return tsneName(tsne);
        }
        if (spec instanceof UmapSpec umap) {
            return umapName(umap);
        }
        return spec instanceof PcaSpec ? "Projecting with PCA" : "Projecting on custom axes";
    }

    String liveTitle() {
        return taskTitle() + " \u00b7 live";
    }

    String title(ProjectionResult result) {
        String base;
        if (result.details() instanceof ProjectionDetails.Tsne tsne) {
            base = String.format("%s \u00b7 KL %.3f", tsneName((TsneSpec) spec), tsne.klDivergence());
        } else if (spec instanceof UmapSpec umap) {
            base = umapName(umap);
        } else {
            base = spec instanceof PcaSpec ? "PCA" : "Custom axes";
        }
        return result.points() < store.size() ? base + String.format(" \u00b7 %,d words", result.points()) : base;
    }

    List<String> axes(ProjectionResult result) {
        List<String> axes = new ArrayList<>();
        if (result.details() instanceof ProjectionDetails.Pca pca) {
            for (int c : pca.components()) {
                axes.add(String.format("PC%d (%.1f%%)", c, 100 * pca.explainedVarianceRatio()[c - 1]));
            }
        } else if (spec instanceof CustomAxesSpec custom) {
            custom.axes().forEach(axis -> axes.add("cos(\u00b7, " + axis + ")"));
        }
        return axes;
    }

    String finalStatus(ProjectionResult result) {
        if (result.details() instanceof ProjectionDetails.Umap umap) {
            return String.format("epoch %,d of %,d \u00b7 started from the %s", umap.epochs(), umap.epochs(),
                    umap.spectral() ? "spectral layout" : "principal components");
        }
        return result.details() instanceof ProjectionDetails.Tsne tsne
                ? progress(tsne.iterations(), tsne.iterations(), tsne.klDivergence()) : "";
    }

    /** The status line of a live frame. */
    String progress(int iteration, int total, double kl) {
        return spec instanceof UmapSpec ? String.format("epoch %,d of %,d", iteration, total)
                : progressOfIterations(iteration, total, kl);
    }

    static String progressOfIterations(int iteration, int total, double kl) {
        return Double.isNaN(kl) ? String.format("iteration %,d of %,d", iteration, total)
                : String.format("iteration %,d of %,d \u00b7 KL %.3f", iteration, total, kl);
    }

    /** For example "UMAP \u00b7 k = 15 \u00b7 min dist 0.1". */
    private static String umapName(UmapSpec umap) {
        return "UMAP \u00b7 k = " + umap.neighbours() + " \u00b7 min dist " + (umap.minDist() == Math.rint(umap.minDist())
                ? String.valueOf((long) umap.minDist()) : String.valueOf(umap.minDist()));
    }

    private static String tsneName(TsneSpec tsne) {
        return String.format("t-SNE (perplexity %s)", tsne.perplexity() == Math.rint(tsne.perplexity())
                ? String.valueOf((long) tsne.perplexity()) : String.valueOf(tsne.perplexity()));
    }
}
