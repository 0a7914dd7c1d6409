package org.embedscope.model.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.expr.VectorExpression;
import org.embedscope.model.expr.WordForm;
import org.junit.jupiter.api.Test;

class CustomProjectionTest {
    private static VectorStore store() {
        String[] words = {"he", "she", "rich", "poor", "king"};
        float[] v = {
            1, 0, 0,
            -1, 0, 0,
            0, 2, 0,
            0, -2, 0,
            3, 4, 0,
        };
        return VectorStore.of(words, v, 3, new DatasetInfo("test", "test", "test", List.of()));
    }

    private static double[] axis(VectorStore store, String text) {
        return VectorExpression.parse(text, store).evaluate(WordForm.RAW);
    }

    @Test
    void coordinatesAreCosinesWithTheAxes() {
        VectorStore store = store();
        double[] x = axis(store, "he - she");
        double[] y = axis(store, "rich - poor");
        assertArrayEquals(new double[] {2, 0, 0}, x, 0);
        assertArrayEquals(new double[] {0, 4, 0}, y, 0);
        float[] c = CustomProjection.project(store, new double[][] {x, y}, Progress.NONE);
        // king = (3, 4, 0): cosine 3/5 with x, 4/5 with y.
        assertArrayEquals(new float[] {1, 0, -1, 0, 0, 1, 0, -1, 0.6f, 0.8f}, c, 1e-6f);
    }

    @Test
    void badAxesAreRejected() {
        VectorStore store = store();
        double[] zero = axis(store, "he - he");
        assertThrows(IllegalArgumentException.class,
                () -> CustomProjection.project(store, new double[][] {zero, zero}, Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> CustomProjection.project(store, new double[][] {{1, 0}, {0, 1}}, Progress.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> CustomProjection.project(store, new double[][] {}, Progress.NONE));
    }
}
