package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowNormsTest {
    // rows (3, 4), (0, 0), (-1, 0)
    private static final float[] ROWS = {3, 4, 0, 0, -1, 0};

    @Test
    void inverseNormsAndUnitRowsByHandZeroRowsStayZero() {
        assertArrayEquals(new float[] {0.2f, 0f, 1f}, RowNorms.inverseNorms(ROWS, 3, 2));
        assertArrayEquals(new float[] {0.6f, 0.8f, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0}, RowNorms.unitRows(ROWS, 3, 2, 4));
        assertArrayEquals(new double[] {25, 0, 1}, RowNorms.squaredNorms(ROWS, 3, 2));
        assertArrayEquals(new double[] {0.6, 0.8}, RowNorms.unit(ROWS, 0, 2), 1e-15);
        assertArrayEquals(new double[] {0, 0}, RowNorms.unit(ROWS, 2, 2));
        assertArrayEquals(new double[] {0, 0, 0}, RowNorms.unit(new double[3]));
        assertEquals(0, RowNorms.inverse(0));
    }

    @Test
    void largeMatricesMatchADoublePrecisionNormalisation() {
        int rows = 20_000;
        int dim = 7;
        float[] m = new float[rows * dim];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) Math.sin(i * 0.37) * (1 + i % 5);
        }
        float[] unit = RowNorms.unitRows(m, rows, dim, dim);
        for (int r = 0; r < rows; r += 997) {
            double sum = 0;
            for (int d = 0; d < dim; d++) {
                sum += (double) m[r * dim + d] * m[r * dim + d];
            }
            for (int d = 0; d < dim; d++) {
                assertEquals(m[r * dim + d] / Math.sqrt(sum), unit[r * dim + d], 1e-7, "row " + r);
            }
        }
    }
}
