package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

class LeanRecoveryTest {
    private static final double[] X = {1, 0, 0};

    /**
     * Five words leaning to +x and five mirror images leaning to -x, the same in y; with
     * {@code hidden} the +x words also sit at z = +hidden and the others at -hidden, a second trace of
     * the lean that removing x does not remove. "she" leans furthest but is gender-specific.
     */
    private static VectorStore store(double hidden) {
        List<Object> rows = new ArrayList<>(List.of("she", TinyStores.v(9, 0, 0)));
        for (int i = 0; i < 5; i++) {
            double y = 0.2 * (i - 2);
            rows.addAll(List.of("plus" + i, TinyStores.v(1, y, 0.1 + hidden), "minus" + i,
                    TinyStores.v(-1, y, 0.1 - hidden)));
        }
        return TinyStores.of(rows.toArray());
    }

    private static LeanRecovery measure(VectorStore original) {
        DebiasResult debiased = HardDebias.run(original, X, List.of("she"), List.of(), Progress.NONE);
        return LeanRecovery.measure(original, debiased.vectors(), X, List.of("She"), 100, 5, 1, Progress.NONE);
    }

    @Test
    void leanFullyRemovedLeavesTheClustersAtChance() {
        // Without x each plus word coincides with its minus twin: any clustering splits the lean half and half.
        LeanRecovery recovery = measure(store(0));
        assertEquals(10, recovery.words());
        assertEquals(1.0, recovery.before(), 0.0);
        assertEquals(0.5, recovery.after(), 0.0);
    }

    @Test
    void leanHiddenInOtherDimensionsIsStillRecovered() {
        LeanRecovery recovery = measure(store(1));
        assertEquals(1.0, recovery.before(), 0.0);
        assertEquals(1.0, recovery.after(), 0.0);
    }

    @Test
    void theEndsNeverShareAWord() {
        // Ten candidates (she is specific) and 8 asked per side: 5 from each end, each word once.
        VectorStore original = store(0);
        LeanRecovery recovery = LeanRecovery.measure(original, original, X, List.of("she"), 100, 8, 1, Progress.NONE);
        assertEquals(10, recovery.words());
        assertEquals(1.0, recovery.before(), 0.0);
    }

    @Test
    void storesOfDifferentShapesAreRefused() {
        VectorStore original = store(0);
        assertThrows(BiasInputException.class, () -> LeanRecovery.measure(original, original.firstRows(5), X,
                List.of(), 100, 5, 1, Progress.NONE));
    }
}
