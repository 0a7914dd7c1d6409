package org.embedscope.model.cluster;

import java.util.SplittableRandom;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.ParallelFor;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.simd.MatrixKernel;
import org.embedscope.model.simd.Simd;
import org.embedscope.model.simd.Workload;

/**
 * K-means on unit-length vectors, so clusters group words by direction (cosine), the way
 * embeddings are compared; raw GloVe lengths mostly encode word frequency. k-means++ seeding from
 * a seed, then Lloyd iterations whose assignment step runs on all cores with the SIMD kernel. Every
 * sum is formed per fixed chunk and combined in chunk order, so a seed always gives the same labels.
 */
public final class KMeans {
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    private static final int ROWS_PER_CHUNK = 4096;
    private static final int CENTRAL_MEMBERS = 5;

    private KMeans() {
    }

    public static KMeansResult fit(VectorStore store, int k, long seed, Progress progress) {
        return fit(store.rawVectors(), store.size(), store.dimension(), k, seed, DEFAULT_MAX_ITERATIONS, progress);
    }

    public static KMeansResult fit(float[] data, int n, int dimension, int k, long seed, int maxIterations,
                                   Progress progress) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be between 1 and the number of points (" + n + "), got " + k);
        }
        UnitRows rows = UnitRows.of(data, n, dimension);
        progress.update(0, "k-means: seeding");
        float[] centroids = Seeding.kMeansPlusPlus(rows, k, new SplittableRandom(seed), progress);
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        float[] best = new float[n];
        int iteration = 0;
        MatrixKernel kernel = Simd.ready(Workload.MATRIX).matrix();
        while (iteration < maxIterations) {
            progress.checkCancelled();
            progress.update(0.2 + 0.7 * iteration / maxIterations, "k-means: iteration " + (iteration + 1));
            long changed = assign(rows, centroids, k, labels, best, kernel, progress);
            iteration++;
            if (changed == 0) {
                break;
            }
            centroids = Centroids.update(rows, labels, best, k);
        }
        int[] sizes = new int[k];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            sizes[labels[i]]++;
            // best holds 2 x.c - |c|^2, so |x - c|^2 = |x|^2 - best.
            inertia += Math.max(0, rows.squaredNorm(i) - best[i]);
        }
        int[][] central = Centroids.centralMembers(rows, centroids, labels, k, CENTRAL_MEMBERS);
        progress.update(1, "k-means done");
        return new KMeansResult(k, labels, sizes, central, inertia, iteration);
    }

    /**
     * Labels each point with its nearest centroid (score 2 x.c - |c|^2, ties to the lower
     * cluster); returns how many labels changed.
     */
    static long assign(UnitRows rows, float[] centroids, int k, int[] labels, float[] best, MatrixKernel kernel,
                       Progress progress) {
        int width = rows.width;
        int columns = MatrixKernel.padded(k);
        float[] transposed = new float[width * columns];
        float[] offsets = new float[columns];
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < width; d++) {
                transposed[d * columns + c] = 2 * centroids[c * width + d];
            }
            offsets[c] = (float) RowNorms.squaredNorm(centroids, c * width, width);
        }
        int n = rows.n;
        long[] changes = new long[ParallelFor.count(n, ROWS_PER_CHUNK)];
        ParallelFor.chunks(n, ROWS_PER_CHUNK, progress, chunk -> {
            int start = chunk * ROWS_PER_CHUNK;
            int count = Math.min(n, start + ROWS_PER_CHUNK) - start;
            float[] scores = new float[count * columns];
            kernel.multiplyAdd(count, columns, width, rows.rows, start * width, width, 1,
                    transposed, 0, columns, scores, 0, columns);
            long changed = 0;
            for (int r = 0; r < count; r++) {
                int label = 0;
                float top = scores[r * columns] - offsets[0];
                for (int c = 1; c < k; c++) {
                    float s = scores[r * columns + c] - offsets[c];
                    if (s > top) {
                        top = s;
                        label = c;
                    }
                }
                if (labels[start + r] != label) {
                    labels[start + r] = label;
                    changed++;
                }
                best[start + r] = top;
            }
            changes[chunk] = changed;
        });
        long total = 0;
        for (long c : changes) {
            total += c;
        }
        return total;
    }
}
