package org.embedscope.model.analogy;

import org.embedscope.model.VectorStore;
import org.embedscope.model.search.ExactMath;
import org.embedscope.model.simd.CosMulBounds;

/**
 * 3CosMul as gensim's {@code most_similar_cosmul} computes it: each cosine shifted to
 * {@code (1 + cos) / 2}, then {@code pb * pc / (pa + 1e-6)}.
 */
public final class CosMulScore {
    private CosMulScore() {
    }

    static void bounds(int row, float[] cosines, float error, float[] out) {
        float radius = CosMulBounds.pRadius(error);
        out[0] = CosMulBounds.lower(cosines[0], cosines[1], cosines[2], radius);
        out[1] = CosMulBounds.upper(cosines[0], cosines[1], cosines[2], radius);
    }

    /** The exact score of a row for unit a, b, c. */
    public static double exact(VectorStore store, int row, double[] a, double[] b, double[] c) {
        double norm = ExactMath.norm(store, row);
        if (norm == 0) {
            return 0.25 / (0.5 + 1e-6); // every cosine of an all-zero row is 0
        }
        double pa = (1 + ExactMath.dot(store, row, a) / norm) / 2;
        double pb = (1 + ExactMath.dot(store, row, b) / norm) / 2;
        double pc = (1 + ExactMath.dot(store, row, c) / norm) / 2;
        return pb * pc / (pa + 1e-6);
    }
}
