package org.embedscope.model.knn;

import java.util.SplittableRandom;

/** Seeded test inputs: Gaussian blobs around random centres, row-major floats. */
public final class SyntheticData {
    private SyntheticData() {
    }

    /** {@code clusters * perCluster} rows of {@code dimension}; row r belongs to cluster r / perCluster. */
    public static float[] blobs(int clusters, int perCluster, int dimension, double spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] centres = new double[clusters * dimension];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random.nextDouble(-10, 10);
        }
        float[] data = new float[clusters * perCluster * dimension];
        for (int c = 0; c < clusters; c++) {
            for (int p = 0; p < perCluster; p++) {
                int row = c * perCluster + p;
                for (int d = 0; d < dimension; d++) {
                    data[row * dimension + d] = (float) (centres[c * dimension + d] + spread * gaussian(random));
                }
            }
        }
        return data;
    }

    public static float[] uniform(int rows, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] data = new float[rows * dimension];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) random.nextDouble(-1, 1);
        }
        return data;
    }

    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
