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
}
