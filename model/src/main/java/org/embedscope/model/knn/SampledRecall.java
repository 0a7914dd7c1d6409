package org.embedscope.model.knn;

import org.embedscope.model.Progress;
import org.embedscope.model.numeric.TopK;

/**
 * The recall of a neighbour graph, measured on a sample of its points: the share of each sampled
 * point's exact k nearest neighbours (brute force over all points) that the graph lists, averaged.
 * Exact neighbours are ranked as {@link ExactKnn} ranks them: by distance, ties to the lower id.
 */
public final class SampledRecall {
    private SampledRecall() {
    }

    /**
     * @param data the graph's input vectors, n x dimension
     * @param size how many points to sample (all when at least n)
     */
    public static double of(KnnGraph graph, float[] data, int dimension, int size, long seed, Progress progress) {
        int n = graph.points();
        int k = graph.k();
        int[] sample = SampleScan.sample(n, size, seed);
        double[] recall = new double[sample.length];
        SampleScan.scan(data, n, dimension, graph.metric(), sample, progress, (q, distances) -> {
            int i = sample[q];
            TopK best = new TopK(1, k);
            for (int j = 0; j < n; j++) {
                if (j != i && -distances[j] >= best.threshold(0)) {
                    best.offer(0, j, -distances[j]);
                }
            }
            int[] exact = best.drainBestFirst(0);
            java.util.Arrays.sort(exact);
            int found = 0;
            for (int r = 0; r < k; r++) {
                if (java.util.Arrays.binarySearch(exact, graph.neighbor(i, r)) >= 0) {
                    found++;
                }
            }
            recall[q] = (double) found / k;
        });
        double sum = 0;
        for (double r : recall) {
            sum += r;
        }
        return sum / sample.length;
    }
}
