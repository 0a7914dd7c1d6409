package org.embedscope.model.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.embedscope.model.Progress;
import org.embedscope.model.knn.SyntheticData;
import org.junit.jupiter.api.Test;

class KMeansTest {
    @Test
    void handComputedDirections() {
        // Two directions: three rows near +x, two near +y (lengths differ; only direction counts).
        float[] data = {1, 0.01f, 5, 0.1f, 2, -0.05f, 0.02f, 1, -0.1f, 3};
        KMeansResult r = KMeans.fit(data, 5, 2, 2, 1, 50, Progress.NONE);
        assertEquals(r.labels()[0], r.labels()[1]);
        assertEquals(r.labels()[0], r.labels()[2]);
        assertEquals(r.labels()[3], r.labels()[4]);
        assertTrue(r.labels()[0] != r.labels()[3]);
        assertEquals(3, r.sizes()[r.labels()[0]]);
        // The +x rows point at 0.57, 1.15 and -1.43 degrees; their mean direction is near 0.10 degrees,
        // so by closeness in angle the most central is row 0, then row 1, then row 2.
        assertArrayEquals(new int[] {0, 1, 2}, r.centralMembers()[r.labels()[0]]);
        assertEquals(2, r.centralMembers()[r.labels()[3]].length);
        // Sum of squared distances of the unit rows to their cluster means, by hand (numpy) and by
        // scikit-learn's KMeans on the same unit rows: 0.0025372.
        assertEquals(0.0025372, r.inertia(), 1e-6);
    }

    @Test
    void recoversSeparatedClustersAndIsDeterministic() {
        int clusters = 6;
        int per = 300;
        float[] data = SyntheticData.blobs(clusters, per, 10, 0.3, 8);
        KMeansResult a = KMeans.fit(data, clusters * per, 10, clusters, 42, 100, Progress.NONE);
        KMeansResult b = KMeans.fit(data, clusters * per, 10, clusters, 42, 100, Progress.NONE);
        assertArrayEquals(a.labels(), b.labels());
        Set<Integer> used = new HashSet<>();
        for (int c = 0; c < clusters; c++) {
            int label = a.labels()[c * per];
            for (int p = 0; p < per; p++) {
                assertEquals(label, a.labels()[c * per + p], "blob " + c);
            }
            assertTrue(used.add(label), "each blob its own cluster");
            assertEquals(per, a.sizes()[label]);
            for (int member : a.centralMembers()[label]) {
                assertEquals(c, member / per);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(data, 10, 10, 11, 1, 5, Progress.NONE));
    }
}
