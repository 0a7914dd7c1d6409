package org.embedscope.model.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    private static final double[] X = {1, 2, 2, 3, 5, 5, 5, 8, 0.5, 2};
    private static final double[] Y = {0.3, 0.1, 0.4, 0.4, 0.9, 0.2, 0.4, 1.0, -0.2, 0.4};

    @Test
    void averageRanksShareTies() {
        // scipy.stats.rankdata(X) (method 'average')
        assertArrayEquals(new double[] {2, 4, 4, 6, 8, 8, 8, 10, 1, 4}, Correlation.averageRanks(X), 0);
    }

    @Test
    void spearmanWithTiesMatchesScipy() {
        // scipy 1.10.1: scipy.stats.spearmanr(X, Y).correlation = 0.6859115285703274
        assertEquals(0.6859115285703274, Correlation.spearman(X, Y), 1e-12);
    }

    @Test
    void pearsonMatchesScipy() {
        // scipy 1.10.1: scipy.stats.pearsonr(X, Y)[0] = 0.7642216663214977
        assertEquals(0.7642216663214977, Correlation.pearson(X, Y), 1e-12);
    }

    @Test
    void perfectAndConstantInputs() {
        assertEquals(1.0, Correlation.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 300}), 1e-15);
        assertEquals(-1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
        assertTrue(Double.isNaN(Correlation.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4})));
    }
}
