package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metric;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class MetricNeighborTest {
    // a = (1, 0); b = (2, 0) same direction, longer; c = (0, 3); d = (1, 1); e = (-1, 0)
    private static final VectorStore STORE = VectorStore.of(new String[] {"a", "b", "c", "d", "e"},
            new float[] {1, 0, 2, 0, 0, 3, 1, 1, -1, 0}, 2, DatasetInfo.of("t", "t", "glove"));

    private static List<String> words(List<Neighbor> neighbors) {
        return neighbors.stream().map(Neighbor::word).toList();
    }

    @Test
    void cosineIgnoresLength() {
        List<Neighbor> n = new NeighborSearch(STORE).nearest("a", 4, Metric.COSINE);
        assertEquals(List.of("b", "d", "c", "e"), words(n));
        assertEquals(1.0, n.get(0).score(), 1e-12);
        assertEquals(Math.sqrt(0.5), n.get(1).score(), 1e-12);
        assertEquals(0.0, n.get(2).score(), 1e-12);
        assertEquals(-1.0, n.get(3).score(), 1e-12);
    }

    @Test
    void euclideanRanksByDistanceAscending() {
        // from a = (1,0): d at 1, b at 1 (tie: b is more frequent), e at 2, c at sqrt(10)
        List<Neighbor> n = new NeighborSearch(STORE).nearest("a", 4, Metric.EUCLIDEAN);
        assertEquals(List.of("b", "d", "e", "c"), words(n));
        assertEquals(1.0, n.get(0).score(), 1e-12);
        assertEquals(1.0, n.get(1).score(), 1e-12);
        assertEquals(2.0, n.get(2).score(), 1e-12);
        assertEquals(Math.sqrt(10), n.get(3).score(), 1e-12);
    }

    @Test
    void dotFavoursLongVectors() {
        // from d = (1,1): c 3, b 2, a 1, e -1
        List<Neighbor> n = new NeighborSearch(STORE).nearest("d", 4, Metric.DOT);
        assertEquals(List.of("c", "b", "a", "e"), words(n));
        assertEquals(3.0, n.get(0).score(), 1e-12);
        assertEquals(-1.0, n.get(3).score(), 1e-12);
    }

    @Test
    void manhattanRanksBySumOfAbsoluteDifferences() {
        // from d = (1,1): a 1, b 2, c 3, e 3 (tie: c is more frequent)
        List<Neighbor> n = new NeighborSearch(STORE).nearest("d", 4, Metric.MANHATTAN);
        assertEquals(List.of("a", "b", "c", "e"), words(n));
        assertEquals(List.of(1.0, 2.0, 3.0, 3.0), n.stream().map(Neighbor::score).toList());
    }

    @Test
    void arbitraryVectorWithNothingExcluded() {
        List<Neighbor> n = new NeighborSearch(STORE).nearest(new double[] {0, -5}, 2, Metric.EUCLIDEAN, new int[0]);
        // distances from (0,-5): a sqrt(26), b sqrt(29), c 8, d sqrt(37), e sqrt(26): a and e tie, a first
        assertEquals(List.of("a", "e"), words(n));
        assertEquals(Math.sqrt(26), n.get(1).score(), 1e-12);
    }

    @Test
    void zeroNeighboursIsAnEmptyList() {
        assertEquals(List.of(), new NeighborSearch(STORE).nearest("a", 0, Metric.COSINE));
        assertEquals(5, new NeighborSearch(STORE).nearest(new double[] {1, 1}, 9, Metric.DOT, new int[0]).size());
    }

    @Test
    void metricParsing() {
        assertEquals(Metric.EUCLIDEAN, Metric.parse("Euclidean"));
        assertEquals(Metric.MANHATTAN, Metric.parse(" manhattan "));
        assertEquals("dot", Metric.DOT.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.parse("l3"));
        assertEquals("unknown metric 'l3' (expected cosine, euclidean, dot or manhattan)", e.getMessage());
        assertFalse(Metric.MANHATTAN.higherIsNearer());
        assertTrue(Metric.DOT.higherIsNearer());
    }
}
