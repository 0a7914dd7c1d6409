package org.embedscope.model.tsne;

import java.util.function.Supplier;
import org.embedscope.model.CancelledException;
import org.embedscope.model.MemoryBudget;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.ApproximateKnn;
import org.embedscope.model.knn.ExactKnn;
import org.embedscope.model.knn.KnnGraph;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * One t-SNE computation that a user can watch, pause, resume and cancel. Call {@link #run} on a
 * worker thread; pausing and cancelling go through its {@link Progress} (a UI's task, or a
 * {@link org.embedscope.model.RunControl}): between iterations the run asks whether it is paused,
 * then hands the listener its current map and waits. The same options, data and seed always give
 * the same map, whatever the number of threads or their timing.
 */
public final class TsneRun {
    private static final int KL_EVERY = 50;

    private final TsneOptions options;
    private final float[] data;
    private final int n;
    private final int dimension;
    private final Supplier<MemoryBudget> budget;
    private volatile int iteration;

    /**
     * @param data row-major n x dimension input vectors; read, never modified, and not copied, so
     *             the caller must leave it unchanged while the run lasts
     */
    public TsneRun(TsneOptions options, float[] data, int n, int dimension) {
        this(options, data, n, dimension, MemoryBudget::current);
    }

    /** @param budget the memory the run may take, asked once before it starts */
    TsneRun(TsneOptions options, float[] data, int n, int dimension, Supplier<MemoryBudget> budget) {
        if ((long) n * dimension != data.length) {
            throw new IllegalArgumentException(n + " x " + dimension + " != " + data.length + " values");
        }
        if (n < 3) {
            throw new IllegalArgumentException("t-SNE needs at least 3 points, got " + n);
        }
        if (options.perplexity() >= n) {
            throw new IllegalArgumentException("perplexity (" + options.perplexity()
                    + ") must be less than the number of points (" + n + ")");
        }
        this.options = options;
        this.data = data;
        this.n = n;
        this.dimension = dimension;
        this.budget = budget;
    }

    public TsneOptions options() {
        return options;
    }

    /** Iterations completed so far (0 while neighbours and affinities are computed). */
    public int iteration() {
        return iteration;
    }

    /**
     * Computes the map, blocking until done. Throws {@link CancelledException} when the progress
     * says it was cancelled, also while paused, and
     * {@link org.embedscope.model.InsufficientMemoryException} before any work when the process
     * cannot hold the run.
     */
    public TsneResult run(Progress progress, TsneListener listener) {
        TsneMemory.require(n, dimension, options, budget);
        // the neighbour search waits for the matrix kernel; the gradient kernels compile meanwhile
        // and the descent starts on whatever code they have by then, which measured faster than waiting
        Simd.warmUpInBackground(Workload.TSNE);
        return optimise(descent(progress, listener), progress, listener);
    }

    /**
     * The affinities, the initial map and the optimiser over them. The neighbour graph and the
     * affinities in row form are the largest arrays of a run; they live only in here, so that
     * they can be collected once the optimiser has its own layout of the affinities.
     */
    private GradientDescent descent(Progress progress, TsneListener listener) {
        SparseMatrix p = affinities(progress, listener);
        progress.update(0.13, "t-SNE: initial map");
        double[] initial = Initialisation.of(options, data, n, dimension, progress);
        progress.update(0.15, "t-SNE: optimising");
        return new GradientDescent(p, initial, options.dims(), options.theta(), options.repulsion());
    }

    private SparseMatrix affinities(Progress progress, TsneListener listener) {
        int k = options.neighbourCount(n);
        boolean exact = switch (options.neighbours()) {
            case EXACT -> true;
            case APPROXIMATE -> false;
            case AUTO -> n <= TsneOptions.Neighbours.EXACT_LIMIT;
        };
        progress.update(0, "t-SNE: finding " + k + " neighbours of each point");
        KnnGraph graph = exact
                ? ExactKnn.compute(data, n, dimension, k, options.metric(), scaled(progress, 0, 0.1))
                : ApproximateKnn.compute(data, n, dimension, k, options.metric(), options.seed(),
                        ApproximateKnn.Settings.defaults(), scaled(progress, 0, 0.1));
        progress.checkCancelled();
        listener.onInputNeighbours(graph);
        progress.update(0.1, "t-SNE: input affinities");
        double[] conditional = Affinities.conditional(graph, options.perplexity(), progress);
        return Affinities.symmetric(graph, conditional);
    }

    private TsneResult optimise(GradientDescent descent, Progress progress, TsneListener listener) {
        double learningRate = options.learningRateFor(n);
        int total = options.iterations();
        int exaggerated = Math.min(options.exaggerationIterations(), total);
        long interval = options.snapshotMillis() * 1_000_000L;
        double kl = Double.NaN;
        listener.onSnapshot(0, kl, descent.snapshot());
        long lastSnapshot = System.nanoTime();
        for (int it = 0; it < total; it++) {
            if (progress.isPaused()) {
                listener.onSnapshot(it, kl, descent.snapshot());
                progress.awaitResume();
                lastSnapshot = System.nanoTime();
            }
            progress.checkCancelled();
            if (it == exaggerated) {
                descent.resetMomentum();
            }
            boolean early = it < exaggerated;
            boolean withKl = (it + 1) % KL_EVERY == 0 || it == total - 1;
            double value = descent.step(early ? options.earlyExaggeration() : 1, early ? 0.5 : 0.8,
                    learningRate, withKl, progress);
            if (withKl) {
                kl = value;
            }
            iteration = it + 1;
            long now = System.nanoTime();
            if (now - lastSnapshot >= interval && it + 1 < total) {
                listener.onSnapshot(it + 1, kl, descent.snapshot());
                lastSnapshot = System.nanoTime();
                progress.update(0.15 + 0.85 * (it + 1) / total, "t-SNE: iteration " + (it + 1) + " of " + total);
            }
        }
        float[] positions = descent.snapshot();
        listener.onSnapshot(total, kl, positions.clone());
        progress.update(1, "t-SNE done");
        return new TsneResult(n, options.dims(), positions, kl, total, descent.fftSteps());
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
