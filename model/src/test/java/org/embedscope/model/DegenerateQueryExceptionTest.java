package org.embedscope.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.embedscope.model.search.NeighborSearch;
import org.junit.jupiter.api.Test;

class DegenerateQueryExceptionTest {
    @Test
    void zeroNeedsADirectionOnlyUnderCosineAndDot() {
        double[] zero = {0, 0, 0};
        assertNotNull(DegenerateQueryException.check("q", zero, Metric.COSINE));
        assertNotNull(DegenerateQueryException.check("q", zero, Metric.DOT));
        assertNull(DegenerateQueryException.check("q", zero, Metric.EUCLIDEAN));
        assertNull(DegenerateQueryException.check("q", zero, Metric.MANHATTAN));
    }

    @Test
    void nonFiniteOrOverflowingValuesAreRefusedUnderEveryMetric() {
        for (Metric metric : Metric.values()) {
            assertNotNull(DegenerateQueryException.check("q", new double[] {1, Double.NaN}, metric));
            assertNotNull(DegenerateQueryException.check("q", new double[] {Double.POSITIVE_INFINITY, 0}, metric));
            assertNotNull(DegenerateQueryException.check("q", new double[] {1e300, 1e300}, metric));
            assertNull(DegenerateQueryException.check("q", new double[] {1e-300, 0}, metric));
        }
    }

    @Test
    void theSearchRefusesAZeroWordUnderCosine() {
        VectorStore store = VectorStore.of(new String[] {"a", "b", "zero"}, new float[] {1, 0, 0, 1, 0, 0}, 2,
                DatasetInfo.of("t", "t", "glove"));
        NeighborSearch search = new NeighborSearch(store);
        assertThrows(DegenerateQueryException.class, () -> search.nearest("zero", 1));
        assertThrows(DegenerateQueryException.class, () -> search.nearest(new double[] {0, 0}, 1, new int[0]));
    }
}
