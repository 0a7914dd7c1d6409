package org.embedscope.model.placement;

import org.embedscope.model.numeric.SymmetricEigen;

/**
 * Places a vector onto a PCA map by the map itself: a PCA map is affine in
 * the input (centred, then projected), so the affine function that sends the mapped words' vectors to their positions,
 * fitted by least squares, sends any vector where the map would have put it. Fitted on an even
 * sample of the words: any d + 1 words in general position already determine it, and more only
 * average away float rounding.
 */
final class AffinePlacement {
    private static final int MAX_SAMPLE = 4096;
    /** Directions with less variance than this fraction of the largest carry no words' information. */
    private static final double RELATIVE_CUTOFF = 1e-10;

    private AffinePlacement() {
    }

    /**
     * @param rows the mapped rows of {@code data}, point {@code p} of the map being row {@code rows[p]}
     */
    static double[] place(float[] data, int dimension, int[] rows, float[] positions, int dims, double[] vector) {
        int[] sample = evenSample(rows.length);
        double[] mean = new double[dimension];
        double[] meanPosition = new double[dims];
        for (int i : sample) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += data[rows[i] * dimension + d];
            }
            for (int c = 0; c < dims; c++) {
                meanPosition[c] += positions[i * dims + c];
            }
        }
        for (int d = 0; d < dimension; d++) {
            mean[d] /= sample.length;
        }
        for (int c = 0; c < dims; c++) {
            meanPosition[c] /= sample.length;
        }
        double[] gram = new double[dimension * dimension];
        double[] cross = new double[dimension * dims];
        double[] centred = new double[dimension];
        for (int i : sample) {
            for (int d = 0; d < dimension; d++) {
                centred[d] = data[rows[i] * dimension + d] - mean[d];
            }
            for (int d = 0; d < dimension; d++) {
                for (int e = d; e < dimension; e++) {
                    gram[d * dimension + e] += centred[d] * centred[e];
                }
                for (int c = 0; c < dims; c++) {
                    cross[d * dims + c] += centred[d] * (positions[i * dims + c] - meanPosition[c]);
                }
            }
        }
        for (int d = 0; d < dimension; d++) {
            for (int e = 0; e < d; e++) {
                gram[d * dimension + e] = gram[e * dimension + d];
            }
        }
        double[] offset = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            offset[d] = vector[d] - mean[d];
        }
        // position = meanPosition + offset^T G^+ C, with G^+ the pseudo-inverse by eigenvectors
        SymmetricEigen eigen = SymmetricEigen.of(gram, dimension);
        double largest = Math.max(eigen.values[0], 0);
        double[] result = meanPosition.clone();
        for (int j = 0; j < dimension; j++) {
            double value = eigen.values[j];
            if (!(value > largest * RELATIVE_CUTOFF)) {
                continue;
            }
            double along = 0;
            for (int d = 0; d < dimension; d++) {
                along += offset[d] * eigen.vectors[d * dimension + j];
            }
            for (int c = 0; c < dims; c++) {
                double crossAlong = 0;
                for (int d = 0; d < dimension; d++) {
                    crossAlong += eigen.vectors[d * dimension + j] * cross[d * dims + c];
                }
                result[c] += along * crossAlong / value;
            }
        }
        return result;
    }

    private static int[] evenSample(int n) {
        int size = Math.min(n, MAX_SAMPLE);
        int[] sample = new int[size];
        for (int s = 0; s < size; s++) {
            sample[s] = (int) ((long) s * n / size);
        }
        return sample;
    }
}
