package org.embedscope.model.cluster;

import java.util.SplittableRandom;
import org.embedscope.model.Progress;
import org.embedscope.model.numeric.ParallelFor;

/**
 * k-means++ (Arthur and Vassilvitskii): the first centre uniformly at random, each next one with
 * probability proportional to the squared distance from the nearest centre chosen so far.
 */
final class Seeding {
    private Seeding() {
    }

    static float[] kMeansPlusPlus(UnitRows rows, int k, SplittableRandom random, Progress progress) {
        int n = rows.n;
        int width = rows.width;
        float[] centroids = new float[k * width];
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int chosen = random.nextInt(n);
        for (int c = 0; c < k; c++) {
            progress.checkCancelled();
            System.arraycopy(rows.rows, chosen * width, centroids, c * width, width);
            int centre = c;
            ParallelFor.chunks(n, 8192, chunk -> {
                int end = Math.min(n, (chunk + 1) * 8192);
                for (int i = chunk * 8192; i < end; i++) {
                    nearest[i] = Math.min(nearest[i], rows.squaredDistance(i, centroids, centre));
                }
            });
            if (c + 1 < k) {
                chosen = sample(nearest, random);
            }
        }
        return centroids;
    }

    /** An index drawn with probability proportional to its weight (uniform when all are 0). */
    private static int sample(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        if (!(total > 0)) {
            return random.nextInt(weights.length);
        }
        double target = random.nextDouble() * total;
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            if (running > target && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return 0;
    }
}
