package org.embedscope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class PcaTest {
    @Test
    void pointsOnALineHaveAllVarianceInTheFirstComponent() {
        // (t, 2t) for t = -1, 0, 1: the axis is (1, 2)/sqrt(5) and the coordinates are t * sqrt(5).
        float[] data = {-1, -2, 0, 0, 1, 2};
        PcaResult result = Pca.fit(data, 3, 2, new int[] {0, 1}, Progress.NONE);
        assertArrayEquals(new double[] {1, 0}, result.explainedVarianceRatio(), 1e-12);
        double s = Math.sqrt(5);
        assertEquals(-s, result.coordinates()[0], 1e-6);
        assertEquals(0, result.coordinates()[2], 1e-6);
        assertEquals(s, result.coordinates()[4], 1e-6);
    }

    @Test
    void handComputedCovarianceGivesKnownRatios() {
        // Four points (+-2, +-1): covariance diag(16/3, 4/3), ratios 0.8 and 0.2, x axis first.
        float[] data = {2, 1, 2, -1, -2, 1, -2, -1};
        PcaResult result = Pca.fit(data, 4, 2, new int[] {0, 1}, Progress.NONE);
        assertArrayEquals(new double[] {0.8, 0.2}, result.explainedVarianceRatio(), 1e-12);
        assertArrayEquals(new float[] {2, 1, 2, -1, -2, 1, -2, -1}, result.coordinates(), 1e-6f);
    }

    @Test
    void asksForLaterComponentsByIndex() {
        float[] data = {2, 1, 2, -1, -2, 1, -2, -1};
        PcaResult result = Pca.fit(data, 4, 2, new int[] {1}, Progress.NONE);
        assertArrayEquals(new float[] {1, -1, 1, -1}, result.coordinates(), 1e-6f);
    }

    @Test
    void matchesScikitLearnOnASmallDataSet() {
        // x[i][k] = sin(0.7 i (k+1) + k) + 0.1 k cos(i) as float32, i < 50, k < 5. Expected values from
        // scikit-learn 1.2.1: PCA(svd_solver='full').fit_transform(x) (explained_variance_ratio_ and
        // the first three rows); its component signs happen to match ours (largest loading positive).
        int n = 50;
        int d = 5;
        float[] data = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                data[i * d + k] = (float) (Math.sin(0.7 * i * (k + 1) + k) + 0.1 * k * Math.cos(i));
            }
        }
        PcaResult result = Pca.fit(data, n, d, new int[] {0, 1}, Progress.NONE);
        assertArrayEquals(new double[] {0.27768221, 0.20514584, 0.19734745, 0.17822982, 0.14159463},
                result.explainedVarianceRatio(), 1e-6);
        float[] expected = {-0.46924427f, 1.2831285f, 1.01924706f, -0.1504178f, -1.27382195f, -0.94388556f};
        assertArrayEquals(expected, java.util.Arrays.copyOf(result.coordinates(), 6), 1e-5f);
    }

    @Test
    void largerInputsUseManyChunksAndGiveTheSameAnswer() {
        // 20,000 copies of the four hand-computed points: same ratios, chunks summed in a fixed order.
        float[] base = {2, 1, 2, -1, -2, 1, -2, -1};
        int copies = 20_000;
        float[] data = new float[base.length * copies];
        for (int c = 0; c < copies; c++) {
            System.arraycopy(base, 0, data, c * base.length, base.length);
        }
        PcaResult result = Pca.fit(data, 4 * copies, 2, new int[] {0, 1}, Progress.NONE);
        assertArrayEquals(new double[] {0.8, 0.2}, result.explainedVarianceRatio(), 1e-9);
        assertArrayEquals(base, java.util.Arrays.copyOfRange(result.coordinates(), 8 * 777, 8 * 778), 1e-6f);
    }
}
