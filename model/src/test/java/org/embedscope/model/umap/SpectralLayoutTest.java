package org.embedscope.model.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.Progress;
import org.junit.jupiter.api.Test;

class SpectralLayoutTest {
    /** A ring of n points, each joined to its two neighbours with weight 1. */
    private static UmapGraph ring(int n) {
        int[] offsets = new int[n + 1];
        int[] targets = new int[2 * n];
        float[] weights = new float[2 * n];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = 2 * (i + 1);
            int a = (i + n - 1) % n;
            int b = (i + 1) % n;
            targets[2 * i] = Math.min(a, b);
            targets[2 * i + 1] = Math.max(a, b);
            weights[2 * i] = 1;
            weights[2 * i + 1] = 1;
        }
        return new UmapGraph(n, offsets, targets, weights);
    }

    /**
     * A ring's first non-trivial Laplacian eigenvectors are cos and sin of 2 pi i / n (a double
     * eigenvalue), so the spectral layout puts the points on a circle in ring order.
     */
    @Test
    void aRingIsLaidOutAsACircle() {
        int n = 60;
        double[] layout = SpectralLayout.of(ring(n), 2, 200, 3, Progress.NONE);
        assertNotNull(layout);
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            radius[i] = Math.hypot(layout[2 * i], layout[2 * i + 1]);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(radius[0], radius[i], 1e-3 * radius[0], "point " + i + " is on the circle");
            double step = Math.atan2(layout[2 * ((i + 1) % n) + 1], layout[2 * ((i + 1) % n)])
                    - Math.atan2(layout[2 * i + 1], layout[2 * i]);
            double wrapped = Math.abs(Math.IEEEremainder(step, 2 * Math.PI));
            assertEquals(2 * Math.PI / n, wrapped, 1e-3, "neighbours on the ring are neighbours on the circle");
        }
    }

    @Test
    void twoLooselyJoinedGroupsAreSplitByTheFirstCoordinate() {
        // two cliques of 20 joined by one weak edge: the Fiedler vector separates them by sign
        int n = 40;
        List<int[]> edges = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 20; j++) {
                    if (i != j) {
                        edges.add(new int[] {g * 20 + i, g * 20 + j, 100});
                    }
                }
            }
        }
        edges.add(new int[] {0, 20, 1});
        edges.add(new int[] {20, 0, 1});
        edges.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int[] offsets = new int[n + 1];
        int[] targets = new int[edges.size()];
        float[] weights = new float[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            offsets[edges.get(e)[0] + 1]++;
            targets[e] = edges.get(e)[1];
            weights[e] = edges.get(e)[2] / 100f;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        double[] layout = SpectralLayout.of(new UmapGraph(n, offsets, targets, weights), 2, 200, 1, Progress.NONE);
        assertNotNull(layout);
        for (int i = 1; i < 20; i++) {
            assertTrue(Math.signum(layout[2 * i]) == Math.signum(layout[0]), "left group together");
            assertTrue(Math.signum(layout[2 * (20 + i)]) == -Math.signum(layout[0]), "right group on the other side");
        }
    }
}
