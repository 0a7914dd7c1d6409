package org.embedscope.model.umap;

import org.embedscope.model.numeric.CounterRandom;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;

/**
 * UMAP's optimisation: stochastic gradient descent on the fuzzy cross-entropy, with each edge
 * sampled in proportion to its weight (an edge of weight w every max/w epochs; edges below max /
 * epochs never), five negative samples per positive one, each push weighted by the repulsion
 * strength, gradients clipped to [-4, 4] and a learning rate falling linearly from 1 to 0.
 *
 * <p>Determinism. umap-learn updates one shared map from many threads without order ("Hogwild"),
 * so a seed does not fix its result. Here the points are cut into fixed chunks and each chunk
 * moves only its own points: within a chunk, points and their edges are visited in order and each
 * update sees the chunk's own points as already moved (as a sequential SGD would), while points of
 * other chunks are read as they were at the start of the epoch (a Jacobi step between chunks).
 * Negative samples come from a counter-based generator keyed by (seed, epoch, edge) and the draw. No
 * result therefore depends on which thread ran which chunk, or when. Because only the head of an
 * edge moves, and the graph holds every edge in both directions with one weight (so i-j and j-i
 * fall due in the same epochs), the head takes a double attraction step: the pull umap-learn gives
 * both ends of both directed copies, keeping its balance of two pulls to five pushes.
 */
final class SgdLayout {
    static final int NEGATIVE_SAMPLES = 5;
    private static final double CLIP = 4;
    /** Small enough that checking for cancellation between chunks happens every millisecond or so. */
    static final int POINTS_PER_CHUNK = 512;

    private final UmapGraph graph;
    private final int n;
    private final int dims;
    private final double a;
    private final double b;
    private final double repulsion;
    private final int epochs;
    private final long seed;
    private final float[] positions;
    private final float[] atStart;
    private final double[] epochsPerSample;
    private final double[] nextSample;
    private final double[] nextNegative;

    SgdLayout(UmapGraph graph, float[] positions, int dims, CurveFit curve, double repulsion, int epochs, long seed) {
        this.graph = graph;
        this.n = graph.points();
        this.dims = dims;
        this.a = curve.a();
        this.b = curve.b();
        this.repulsion = repulsion;
        this.epochs = epochs;
        this.seed = seed;
        this.positions = positions;
        this.atStart = positions.clone();
        int edges = graph.edges();
        epochsPerSample = new double[edges];
        nextSample = new double[edges];
        nextNegative = new double[edges];
        double max = graph.maxWeight();
        for (int e = 0; e < edges; e++) {
            double w = graph.weights()[e];
            epochsPerSample[e] = w >= max / epochs && w > 0 ? max / w : Double.POSITIVE_INFINITY;
            nextSample[e] = epochsPerSample[e];
            nextNegative[e] = epochsPerSample[e] / NEGATIVE_SAMPLES;
        }
    }

    /** The map as it is now (not a copy). */
    float[] positions() {
        return positions;
    }

    /** Runs epoch {@code epoch} (1-based), pausing between chunks while the progress says so. */
    void epoch(int epoch, Progress progress) {
        System.arraycopy(positions, 0, atStart, 0, positions.length);
        double rate = 1.0 - (epoch - 1.0) / epochs;
        ParallelFor.chunks(n, POINTS_PER_CHUNK, progress, c -> {
            if (progress.isPaused()) {
                progress.awaitResume();
            }
            int from = c * POINTS_PER_CHUNK;
            int to = Math.min(n, from + POINTS_PER_CHUNK);
            for (int i = from; i < to; i++) {
                for (int e = graph.offsets()[i]; e < graph.offsets()[i + 1]; e++) {
                    if (nextSample[e] <= epoch) {
                        sample(i, e, epoch, rate, from, to);
                    }
                }
            }
        });
    }

    private void sample(int i, int e, int epoch, double rate, int from, int to) {
        int j = graph.targets()[e];
        attract(i, j, rate, from, to);
        nextSample[e] += epochsPerSample[e];
        double perNegative = epochsPerSample[e] / NEGATIVE_SAMPLES;
        int negatives = (int) ((epoch - nextNegative[e]) / perNegative);
        repel(i, e, epoch, negatives, rate, from, to);
        nextNegative[e] += negatives * perNegative;
    }

    /**
     * The gradient of log(1 / (1 + a d^2b)) moves i towards j, twice: the pulls of both directed
     * copies of the edge, taken as one double step.
     */
    private void attract(int i, int j, double rate, int from, int to) {
        float[] source = j >= from && j < to ? positions : atStart;
        double d2 = squaredDistance(i, source, j);
        if (!(d2 > 0)) {
            return;
        }
        double power = FastPow.rough(d2, b - 1);
        double coefficient = -2 * a * b * power / (a * power * d2 + 1);
        for (int d = 0; d < dims; d++) {
            double diff = positions[i * dims + d] - source[j * dims + d];
            positions[i * dims + d] += (float) (2 * clip(coefficient * diff) * rate);
        }
    }

    /**
     * The gradient of log(1 - 1 / (1 + a d^2b)) moves i away from {@code negatives} random points.
     * The pushes are all taken from where i is before them and added: independent of each other, they
     * are computed side by side rather than one after another (a sequence of dependent powers was
     * most of the run's time).
     */
    private void repel(int i, int e, int epoch, int negatives, double rate, int from, int to) {
        double push0 = 0;
        double push1 = 0;
        double push2 = 0;
        int base = i * dims;
        long draws = CounterRandom.hash(seed, epoch, e, 0);
        for (int s = 0; s < negatives; s++) {
            int k = CounterRandom.belowFrom(draws, n, s);
            if (k == i) {
                continue;
            }
            float[] source = k >= from && k < to ? positions : atStart;
            double d2 = squaredDistance(i, source, k);
            double coefficient = d2 > 0 ? 2 * repulsion * b / ((0.001 + d2) * (a * FastPow.rough(d2, b) + 1)) : 0;
            // a point on top of another is pushed the full clipped step, as in umap-learn
            push0 += coefficient > 0 ? clip(coefficient * (positions[base] - source[k * dims])) : CLIP;
            push1 += coefficient > 0 ? clip(coefficient * (positions[base + 1] - source[k * dims + 1])) : CLIP;
            if (dims == 3) {
                push2 += coefficient > 0 ? clip(coefficient * (positions[base + 2] - source[k * dims + 2])) : CLIP;
            }
        }
        positions[base] += (float) (push0 * rate);
        positions[base + 1] += (float) (push1 * rate);
        if (dims == 3) {
            positions[base + 2] += (float) (push2 * rate);
        }
    }

    private double squaredDistance(int i, float[] source, int j) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = positions[i * dims + d] - source[j * dims + d];
            sum += diff * diff;
        }
        return sum;
    }

    private static double clip(double value) {
        return value > CLIP ? CLIP : value < -CLIP ? -CLIP : value;
    }
}
