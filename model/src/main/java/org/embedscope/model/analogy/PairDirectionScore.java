package org.embedscope.model.analogy;

import org.embedscope.model.VectorStore;
import org.embedscope.model.numeric.RowNorms;
import org.embedscope.model.search.ExactMath;

/**
 * PairDirection: {@code cos(d - c, b - a)} on unit vectors. With {@code w} the unit direction of
 * {@code b - a}, that is {@code (cos(d, w) - c . w) / |d - c|}, and {@code |d - c|^2 = 2 - 2 cos(d, c)}
 * for unit d and c, so a row's score follows from its cosines with w and c.
 */
final class PairDirectionScore {
    private static final float SLACK = 2e-6f;

    private final VectorStore store;
    private final double[] direction;
    private final double[] c;
    private final double offset;

    PairDirectionScore(VectorStore store, double[] a, double[] b, double[] c) {
        this.store = store;
        double[] diff = new double[b.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = b[i] - a[i];
        }
        this.direction = RowNorms.unit(diff);
        this.c = c;
        double dot = 0;
        for (int i = 0; i < c.length; i++) {
            dot += c[i] * direction[i];
        }
        this.offset = dot;
    }

    double[][] queries() {
        return new double[][] {direction, c};
    }

    void bounds(int row, float[] cosines, float error, float[] out) {
        if (store.inverseNorms()[row] == 0) {
            out[0] = Float.NEGATIVE_INFINITY; // an all-zero row is not on the unit sphere: score it exactly
            out[1] = Float.POSITIVE_INFINITY;
            return;
        }
        float e = error + SLACK;
        float numLow = cosines[0] - e - (float) offset;
        float numHigh = cosines[0] + e - (float) offset;
        float cosLow = Math.max(-1f, cosines[1] - e);
        float cosHigh = Math.min(1f, cosines[1] + e);
        float denLow = (float) Math.sqrt(Math.max(0f, 2 - 2 * cosHigh)) * (1 - SLACK);
        float denHigh = (float) Math.sqrt(Math.max(0f, 2 - 2 * cosLow)) * (1 + SLACK);
        if (denLow <= 0) {
            out[0] = Float.NEGATIVE_INFINITY; // a row at c itself: no useful bound
            out[1] = Float.POSITIVE_INFINITY;
            return;
        }
        float high = numHigh >= 0 ? numHigh / denLow : numHigh / denHigh;
        float low = numLow >= 0 ? numLow / denHigh : numLow / denLow;
        out[0] = low - SLACK * (1 + Math.abs(low));
        out[1] = high + SLACK * (1 + Math.abs(high));
    }

    double exact(int row) {
        double norm = ExactMath.norm(store, row);
        float[] m = store.rawVectors();
        int base = row * store.dimension();
        double along = 0;
        double distance = 0;
        for (int d = 0; d < c.length; d++) {
            double u = norm == 0 ? 0 : m[base + d] / norm;
            along += u * direction[d];
            double diff = u - c[d];
            distance += diff * diff;
        }
        distance = Math.sqrt(distance);
        return distance == 0 ? Double.NEGATIVE_INFINITY : (along - offset) / distance;
    }
}
