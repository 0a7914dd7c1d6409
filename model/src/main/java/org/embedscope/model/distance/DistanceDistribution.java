package org.embedscope.model.distance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * The curse of dimensionality, measured: how far a random pair of points is compared with a point's
 * nearest neighbour, at one number of dimensions (two histograms over shared bins) and across a sweep
 * of them. The sample, the pairs and the random points follow the seed alone, and every distance is
 * computed independently, so the result is the same for a seed whatever the thread count.
 */
public final class DistanceDistribution {
    private DistanceDistribution() {
    }

    public static DistanceReport run(VectorStore store, DistanceRequest request, Progress progress) {
        request.validateFor(store);
        Random random = new Random(request.seed());
        int size = request.sampleSize();
        int[] rows = request.source() == DistanceSource.RANDOM ? new int[0]
                : SamplePoints.sampleRows(request.pool(), size, random);
        int[][] pairs = pairs(size, request.pairs(), random);
        int width = Math.max(request.dims(), request.sweepDims().stream().mapToInt(Integer::intValue).max().orElse(1));
        int steps = request.sweepDims().size() + 1;
        float[] words = null;
        if (request.source() != DistanceSource.RANDOM) {
            progress.update(0, "Sampling words");
            words = SamplePoints.words(store, request.source(), rows, request.pool(), width,
                    firstOf(progress, steps + 1));
        }
        progress.update(1.0 / (steps + 1), "Distances in " + request.dims() + " dimensions");
        Measured main = measure(request, words, width, request.dims(), pairs, progress);
        List<DistanceSummary> sweep = new ArrayList<>();
        for (int d : request.sweepDims()) {
            progress.update((sweep.size() + 2.0) / (steps + 1), "Distances in " + d + " dimensions");
            sweep.add(measure(request, words, width, d, pairs, progress).summary());
        }
        progress.update(1, "Distances done");
        List<String> sample = new ArrayList<>();
        for (int row : rows) {
            sample.add(store.word(row));
        }
        return new DistanceReport(request, sample, DistanceHistogram.of(main.randomPairs, main.nearest, request.bins()),
                main.summary(), sweep);
    }

    /** Reports the PCA's own 0..1 as the first of {@code parts} equal parts of the whole. */
    private static Progress firstOf(Progress whole, int parts) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                whole.update(fraction / parts, message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }

    /** Random pairs of distinct sample indices, drawn in order from the generator. */
    static int[][] pairs(int size, int count, Random random) {
        int[] first = new int[count];
        int[] second = new int[count];
        for (int i = 0; i < count; i++) {
            first[i] = random.nextInt(size);
            int other = random.nextInt(size - 1);
            second[i] = other >= first[i] ? other + 1 : other;
        }
        return new int[][] {first, second};
    }

    private static Measured measure(DistanceRequest request, float[] words, int width, int dims, int[][] pairs,
            Progress progress) {
        int size = request.sampleSize();
        float[] points = words == null ? SamplePoints.uniform(size, dims, request.seed())
                : SamplePoints.prefix(words, size, width, dims);
        SampleDistances distances = new SampleDistances(points, size, dims, request.metric());
        double[] random = distances.pairs(pairs[0], pairs[1], progress);
        double[] nearest = distances.nearest(progress);
        return new Measured(dims, random, nearest);
    }

    private record Measured(int dims, double[] randomPairs, double[] nearest) {
        DistanceSummary summary() {
            return DistanceSummary.of(dims, randomPairs, nearest);
        }
    }
}
