package org.embedscope.app.gui.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.embedscope.model.VectorStore;

/** Independent expectations for tests: every score in double, over every row, sorted plainly. */
public final class BruteForce {
    private BruteForce() {
    }

    /** Words nearest to the row by cosine (highest first), the row itself excluded. */
    public static List<String> nearestByCosine(VectorStore store, int row, int k) {
        return nearest(store, row, k, Comparator.comparingDouble((Integer j) -> -cosine(store, row, j)));
    }

    /** Words nearest to the row by L1 distance (lowest first), the row itself excluded. */
    public static List<String> nearestByManhattan(VectorStore store, int row, int k) {
        return nearest(store, row, k, Comparator.comparingDouble((Integer j) -> manhattan(store, row, j)));
    }

    public static double manhattan(VectorStore store, int a, int b) {
        float[] x = store.vector(a);
        float[] y = store.vector(b);
        double sum = 0;
        for (int d = 0; d < x.length; d++) {
            sum += Math.abs((double) x[d] - y[d]);
        }
        return sum;
    }

    public static double cosine(VectorStore store, int a, int b) {
        float[] x = store.vector(a);
        float[] y = store.vector(b);
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int d = 0; d < x.length; d++) {
            dot += (double) x[d] * y[d];
            nx += (double) x[d] * x[d];
            ny += (double) y[d] * y[d];
        }
        return dot / Math.sqrt(nx * ny);
    }

    private static List<String> nearest(VectorStore store, int row, int k, Comparator<Integer> order) {
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < store.size(); j++) {
            if (j != row) {
                rows.add(j);
            }
        }
        rows.sort(order.thenComparingInt(j -> j));
        return rows.subList(0, k).stream().map(store::word).toList();
    }
}
