package org.embedscope.model.umap;

import org.embedscope.model.Progress;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.ExactKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.projection.UmapSpec;
import org.embedscope.model.tsne.TsneOptions;

/**
 * One UMAP computation that a user can watch, pause, resume and cancel, on the same neighbour
 * search as t-SNE (exact up to {@link TsneOptions.Neighbours#EXACT_LIMIT} points, approximate
 * above). The same spec, data and seed give the same map whatever the number of threads.
 */
public final class UmapRun {
    public static final long SNAPSHOT_MILLIS = 200;

    private final UmapSpec spec;
    private final float[] data;
    private final int n;
    private final int dimension;

    /** @param data row-major n x dimension; read, never modified, and not copied */
    public UmapRun(UmapSpec spec, float[] data, int n, int dimension) {
        if ((long) n * dimension != data.length) {
            throw new IllegalArgumentException(n + " x " + dimension + " != " + data.length + " values");
        }
        spec.validateFor(n, dimension);
        this.spec = spec;
        this.data = data;
        this.n = n;
        this.dimension = dimension;
    }

    /** Computes the map, blocking; throws {@link org.embedscope.model.CancelledException} when cancelled. */
    public UmapResult run(Progress progress, UmapListener listener) {
        UmapGraph graph = graph(progress);
        progress.update(0.15, "UMAP: initial map");
        InitialLayout.Start start = InitialLayout.of(graph, data, dimension, spec.metric(), spec.dims(), spec.seed(),
                progress);
        CurveFit curve = CurveFit.of(spec.minDist(), spec.spread());
        int epochs = spec.epochsFor(n);
        SgdLayout layout = new SgdLayout(graph, start.positions(), spec.dims(), curve, spec.repulsion(), epochs,
                spec.seed());
        progress.update(0.2, "UMAP: optimising");
        listener.onSnapshot(0, layout.positions().clone());
        long interval = SNAPSHOT_MILLIS * 1_000_000L;
        long lastSnapshot = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            if (progress.isPaused()) {
                listener.onSnapshot(epoch - 1, layout.positions().clone());
                progress.awaitResume();
                lastSnapshot = System.nanoTime();
            }
            progress.checkCancelled();
            layout.epoch(epoch, progress);
            long now = System.nanoTime();
            if (now - lastSnapshot >= interval && epoch < epochs) {
                listener.onSnapshot(epoch, layout.positions().clone());
                progress.update(0.2 + 0.8 * epoch / epochs, "UMAP: epoch " + epoch + " of " + epochs);
                lastSnapshot = System.nanoTime();
            }
        }
        float[] positions = layout.positions();
        listener.onSnapshot(epochs, positions.clone());
        progress.update(1, "UMAP done");
        return new UmapResult(n, spec.dims(), positions, epochs, start.spectral(), curve.a(), curve.b());
    }

    private UmapGraph graph(Progress progress) {
        int k = spec.neighbours();
        progress.update(0, "UMAP: finding " + k + " neighbours of each point");
        Progress search = scaled(progress, 0, 0.12);
        KnnGraph knn = n <= TsneOptions.Neighbours.EXACT_LIMIT
                ? ExactKnn.compute(data, n, dimension, k, spec.metric(), search)
                : ApproximateKnn.compute(data, n, dimension, k, spec.metric(), spec.seed(),
                        ApproximateKnn.Settings.defaults(), search);
        progress.checkCancelled();
        progress.update(0.12, "UMAP: fuzzy neighbourhoods");
        return FuzzySimplicialSet.union(knn, FuzzySimplicialSet.memberships(knn, progress));
    }

    private static Progress scaled(Progress progress, double from, double to) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction < 0 ? fraction : from + (to - from) * fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
