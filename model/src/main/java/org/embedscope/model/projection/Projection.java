package org.embedscope.model.projection;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.ExpressionException;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.tsne.TsneListener;
import org.embedscope.model.tsne.TsneResult;
import org.embedscope.model.tsne.TsneRun;
import org.embedscope.model.umap.UmapResult;
import org.embedscope.model.umap.UmapRun;

/**
 * The one way to compute a map, for the window and the command line alike: choose the words, check
 * the spec against them, run the method with progress, pauses, cancellation and (t-SNE, UMAP) live frames.
 */
public final class Projection {
    private Projection() {
    }

    /**
     * Projects the selected words. Blocks; run it off any UI thread. Throws
     * {@link InvalidProjectionException} before any work when the spec cannot apply to these words or
     * an axis does not parse, {@link org.embedscope.model.UnknownWordException} for an axis word that
     * is not in the vocabulary, and
     * {@link org.embedscope.model.CancelledException} when the progress is cancelled.
     */
    public static ProjectionResult run(VectorStore store, WordSelection words, ProjectionSpec spec, Progress progress,
            ProjectionListener listener) {
        WordSelection.Resolved selected = check(store, words, spec);
        int[] rows = selected.rows();
        if (spec instanceof PcaSpec pca) {
            return pca(store, rows, selected.missing(), pca, progress);
        }
        if (spec instanceof TsneSpec tsne) {
            return tsne(store, rows, selected.missing(), tsne, progress, listener);
        }
        if (spec instanceof UmapSpec umap) {
            return umap(store, rows, selected.missing(), umap, progress, listener);
        }
        return custom(store, rows, selected.missing(), (CustomAxesSpec) spec, progress);
    }

    /**
     * Finds the words and checks the spec against them, quickly and without running anything, so
     * that a UI can refuse at once what {@link #run} would refuse.
     */
    public static WordSelection.Resolved check(VectorStore store, WordSelection words, ProjectionSpec spec) {
        WordSelection.Resolved selected = words.resolve(store);
        if (selected.rows().length == 0) {
            throw new InvalidProjectionException(selected.missing().isEmpty() ? "there are no words to project"
                    : "none of the words is in the vocabulary: " + String.join(", ", selected.missing()));
        }
        spec.validateFor(selected.rows().length, store.dimension());
        return selected;
    }

    private static ProjectionResult pca(VectorStore store, int[] rows, List<String> missing, PcaSpec spec,
            Progress progress) {
        float[] data = store.rowsOf(rows);
        PcaResult result = Pca.fit(data, rows.length, store.dimension(), spec.zeroBased(), progress);
        return new ProjectionResult(spec, rows, result.coordinates(), spec.dims(), missing,
                new ProjectionDetails.Pca(result.explainedVarianceRatio(), spec.components()));
    }

    private static ProjectionResult tsne(VectorStore store, int[] rows, List<String> missing, TsneSpec spec,
            Progress progress, ProjectionListener listener) {
        float[] data = store.rowsOf(rows);
        TsneRun run = new TsneRun(spec.options(), data, rows.length, store.dimension());
        int total = spec.iterations();
        TsneResult result = run.run(progress, new TsneListener() {
            @Override
            public void onSnapshot(int iteration, double kl, float[] positions) {
                listener.onFrame(rows, new ProjectionFrame(iteration, total, kl, positions));
            }

            @Override
            public void onInputNeighbours(KnnGraph graph) {
                listener.onInputNeighbours(rows, graph);
            }
        });
        return new ProjectionResult(spec, rows, result.positions(), spec.dims(), missing,
                new ProjectionDetails.Tsne(result.klDivergence(), result.iterations(),
                        spec.options().learningRateFor(rows.length), result.fftIterations()));
    }

    private static ProjectionResult umap(VectorStore store, int[] rows, List<String> missing, UmapSpec spec,
            Progress progress, ProjectionListener listener) {
        float[] data = store.rowsOf(rows);
        int total = spec.epochsFor(rows.length);
        UmapResult result = new UmapRun(spec, data, rows.length, store.dimension()).run(progress,
                (epoch, positions) -> listener.onFrame(rows, new ProjectionFrame(epoch, total, Double.NaN, positions)));
        return new ProjectionResult(spec, rows, result.positions(), spec.dims(), missing,
                new ProjectionDetails.Umap(result.epochs(), result.spectral(), result.a(), result.b()));
    }

    private static ProjectionResult custom(VectorStore store, int[] rows, List<String> missing, CustomAxesSpec spec,
            Progress progress) {
        List<double[]> axes = new ArrayList<>();
        for (String text : spec.axes()) {
            double[] axis;
            try {
                axis = VectorExpression.parse(text, store).evaluate(WordForm.RAW);
            } catch (ExpressionException e) {
                throw new InvalidProjectionException("axis '" + text + "': " + e.getMessage());
            }
            if (!(squaredNorm(axis) > 0)) {
                throw new InvalidProjectionException("the axis '" + text + "' is the zero vector");
            }
            axes.add(axis);
        }
        float[] data = store.rowsOf(rows);
        float[] positions = CustomProjection.project(data, rows.length, store.dimension(),
                axes.toArray(double[][]::new), progress);
        return new ProjectionResult(spec, rows, positions, spec.dims(), missing,
                new ProjectionDetails.CustomAxes(spec.axes()));
    }

    private static double squaredNorm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return sum;
    }
}
