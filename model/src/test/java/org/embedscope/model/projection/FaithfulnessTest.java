package org.embedscope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.embedscope.model.Metric;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.KnnGraph;
import org.junit.jupiter.api.Test;

class FaithfulnessTest {
    @Test
    void handMadeCase() {
        // Original 1-NN: 0->1, 1->0, 2->3, 3->2. Map on a line at 0, 10, 11, 30:
        // map 1-NN: 0->1, 1->2, 2->1, 3->2. Kept: points 0 and 3 -> shares 1, 0, 0, 1.
        KnnGraph original = new KnnGraph(4, 1, Metric.COSINE, new int[] {1, 0, 3, 2}, new float[4]);
        float[] map = {0, 0, 10, 0, 11, 0, 30, 0};
        Faithfulness f = Faithfulness.of(original, map, 2, Progress.NONE);
        assertArrayEquals(new float[] {1, 0, 0, 1}, f.perPoint());
        assertEquals(0.5, f.mean(), 1e-12);
    }

    @Test
    void anIdentityMapIsPerfectlyFaithful() {
        float[] data = org.embedscope.model.knn.SyntheticData.uniform(200, 2, 3);
        Faithfulness f = Faithfulness.of(data, 200, 2, Metric.EUCLIDEAN, data, 2, 5, 0, Progress.NONE);
        assertEquals(1.0, f.mean(), 1e-12);
    }
}
