package org.embedscope.model.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

/** Inputs far beyond any real query are refused with a message instead of exhausting the stack. */
class ExpressionLimitsTest {
    private static final VectorStore STORE = VectorStore.of(new String[] {"a", "b"}, new float[] {1, 0, 0, 1}, 2,
            DatasetInfo.of("t", "t", "glove"));

    @Test
    void nestingUpToTheLimitWorksAndBeyondItIsRefused() {
        int depth = Parser.MAX_DEPTH - 1;
        String ok = "(".repeat(depth) + "a" + ")".repeat(depth);
        assertArrayEquals(new double[] {1, 0}, VectorExpression.parse(ok, STORE).evaluate(WordForm.RAW), 0);
        String deep = "(".repeat(500) + "a" + ")".repeat(500);
        ExpressionException e = assertThrows(ExpressionException.class, () -> VectorExpression.parse(deep, STORE));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        String signs = "- ".repeat(500) + "a";
        assertThrows(ExpressionException.class, () -> VectorExpression.parse(signs, STORE));
    }

    @Test
    void aVeryLongSumIsRefused() {
        String ok = "a + b + ".repeat(300) + "a";
        assertArrayEquals(new double[] {301, 300}, VectorExpression.parse(ok, STORE).evaluate(WordForm.RAW), 0);
        String tooLong = "a + ".repeat(100_000) + "a";
        ExpressionException e = assertThrows(ExpressionException.class, () -> VectorExpression.parse(tooLong, STORE));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }
}
