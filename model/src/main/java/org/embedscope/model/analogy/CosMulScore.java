package org.embedscope.model.analogy;

import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.CosMul;
import org.embedscope.model.search.ExactMath;

/** {@link CosMul}, the 3CosMul formula, applied to rows of a store: bounds and exact scores. */
public final class CosMulScore {
    private CosMulScore() {
    }

    static void bounds(int row, float[] cosines, float error, float[] out) {
        float radius = CosMul.pRadius(error);
        out[0] = CosMul.lower(cosines[0], cosines[1], cosines[2], radius);
        out[1] = CosMul.upper(cosines[0], cosines[1], cosines[2], radius);
    }

    /** The exact score of a row for unit a, b, c. */
    public static double exact(VectorStore store, int row, double[] a, double[] b, double[] c) {
        double norm = ExactMath.norm(store, row);
        if (norm == 0) {
            return CosMul.score(0, 0, 0); // every cosine of an all-zero row is 0
        }
        return CosMul.score(ExactMath.dot(store, row, a) / norm, ExactMath.dot(store, row, b) / norm,
                ExactMath.dot(store, row, c) / norm);
    }
}
