package org.embedscope.model.distance;

import java.util.Random;
import java.util.stream.IntStream;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.projection.Pca;

/**
 * The points to measure, as row-major float matrices: the sample words' coordinates on as many
 * dimensions as the request needs (prefixes give fewer), or uniform random points.
 */
final class SamplePoints {
    private SamplePoints() {
    }

    /** {@code size} distinct rows of {@code 0..pool-1}, in the order drawn (a partial Fisher-Yates shuffle). */
    static int[] sampleRows(int pool, int size, Random random) {
        int[] rows = IntStream.range(0, pool).toArray();
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(pool - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        return java.util.Arrays.copyOf(rows, size);
    }

    /**
     * The sample's first {@code width} coordinates, {@code rows.length x width}. For PCA the components
     * are those of the {@code pool} most frequent words, the population the sample is drawn from.
     */
    static float[] words(VectorStore store, DistanceSource source, int[] rows, int pool, int width, Progress progress) {
        int dimension = store.dimension();
        float[] all;
        int stride;
        if (source == DistanceSource.PCA) {
            int[] components = IntStream.range(0, width).toArray();
            all = Pca.fit(store.rawVectors(), pool, dimension, components, progress).coordinates();
            stride = width;
        } else {
            all = store.rawVectors();
            stride = dimension;
        }
        float[] out = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(all, rows[i] * stride, out, i * width, width);
        }
        return out;
    }

    /** {@code count} points uniform in the unit cube of {@code dims} dimensions, the same for a seed. */
    static float[] uniform(int count, int dims, long seed) {
        // Each dimension count gets its own stream, so that a sweep's points do not depend on its other entries.
        Random random = new Random(seed ^ (0x9E3779B97F4A7C15L * dims));
        float[] out = new float[count * dims];
        for (int i = 0; i < out.length; i++) {
            out[i] = random.nextFloat();
        }
        return out;
    }

    /** The first {@code dims} columns of a {@code rows x width} matrix. */
    static float[] prefix(float[] matrix, int rows, int width, int dims) {
        if (dims == width) {
            return matrix;
        }
        float[] out = new float[rows * dims];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(matrix, r * width, out, r * dims, dims);
        }
        return out;
    }
}
