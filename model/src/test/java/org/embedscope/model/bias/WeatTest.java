package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

/**
 * With one attribute word at (1, 0) and one at (0, 1), s(w, A, B) = cos(w, A) - cos(w, B) is
 * w1 - w2 for a unit w: rose (1, 0) scores 1, tulip (0.8, 0.6) 0.2, ant (0.6, 0.8) -0.2 and
 * wasp (0, 1) -1.
 */
class WeatTest {
    private static final double EPS = 1e-6;
    private final VectorStore store = TinyStores.of("rose", TinyStores.v(1, 0), "tulip", TinyStores.v(4, 3),
            "ant", TinyStores.v(0.6, 0.8), "wasp", TinyStores.v(0, 2), "love", TinyStores.v(5, 0),
            "hate", TinyStores.v(0, 1), "daisy", TinyStores.v(1, 1), "moth", TinyStores.v(3, 3));

    private WordSet set(String name, String... words) {
        return WordSet.resolve(store, name, List.of(words));
    }

    private WeatResult run(WordSet x, WordSet y) {
        return Weat.run(store, x, y, set("pleasant", "love"), set("unpleasant", "hate"), Weat.MIN_PERMUTATIONS, 1,
                Progress.NONE);
    }

    @Test
    void effectSizeUsesTheSampleDeviationAndThePValueCountsStrictlyGreaterPartitions() {
        // X = {rose 1, ant -0.2}, Y = {tulip 0.2, wasp -1}: means 0.4 and -0.4. The four scores have
        // mean 0 and squares 2.08, so the sample sd is sqrt(2.08 / 3) and the effect 0.8 / sd.
        // The six ways to choose two of the four as X' have sums 1.2, 0.8 (observed), 0, 0, -0.8,
        // -1.2: one exceeds the observed, p = 1/6.
        WeatResult result = run(set("flowers", "rose", "ant"), set("insects", "tulip", "wasp"));
        double sd = Math.sqrt(2.08 / 3);
        assertEquals(0.4, result.meanX(), EPS);
        assertEquals(-0.4, result.meanY(), EPS);
        assertEquals(sd, result.standardDeviation(), EPS);
        assertEquals(0.8 / sd, result.effectSize(), EPS);
        assertEquals(1.6, result.statistic(), EPS);
        assertEquals(1.0 / 6, result.pValue(), 1e-12);
        assertTrue(result.exact());
        assertEquals(6, result.partitions());
        assertEquals(List.of("rose", "ant", "tulip", "wasp"),
                result.associations().stream().map(WordScore::word).toList());
    }

    @Test
    void partitionsThatTieWithTheObservedOneDoNotCount() {
        // Scores rose 1, daisy 0, moth 0, wasp -1; X = {rose, daisy} sums 1, as does {rose, moth}.
        WeatResult result = run(set("x", "rose", "daisy"), set("y", "moth", "wasp"));
        assertEquals(0.0, result.pValue(), 0.0);
        // The reversed test: X' sums above -1 are 1, 1, 0, 0: four of six.
        assertEquals(4.0 / 6, run(set("x", "moth", "wasp"), set("y", "rose", "daisy")).pValue(), 1e-12);
    }

    @Test
    void missingWordsAreReportedPerSetInOrder() {
        WeatResult result = run(set("flowers", "rose", "ant", "lily", "tulip", "daisy"), set("insects", "wasp", "moth"));
        assertEquals(List.of("flowers", "insects", "pleasant", "unpleasant"), List.copyOf(result.missing().keySet()));
        assertEquals(List.of("lily"), result.missing().get("flowers"));
        assertEquals(List.of(), result.missing().get("insects"));
        WeatResult sameNames = run(set("words", "rose", "ant", "lily", "tulip", "daisy"),
                set("words", "wasp", "moth", "love", "hate", "gnat"));
        assertEquals(List.of("words", "words (2)", "pleasant", "unpleasant"),
                List.copyOf(sameNames.missing().keySet()));
        assertEquals(List.of("gnat"), sameNames.missing().get("words (2)"));
    }

    @Test
    void badSetsAndSettingsAreRefused() {
        assertThrows(BiasInputException.class, () -> run(set("x", "rose"), set("y", "wasp")));
        assertThrows(BiasInputException.class, () -> run(set("x", "rose", "lily"), set("y", "wasp", "moth")));
        assertThrows(BiasInputException.class, () -> run(set("x"), set("y", "wasp", "moth")));
        BiasInputException few = assertThrows(BiasInputException.class, () -> Weat.run(store, set("x", "rose", "ant"),
                set("y", "wasp", "moth"), set("a", "love"), set("b", "hate"), 100, 1, Progress.NONE));
        assertTrue(few.getMessage().contains("10,000"), few.getMessage());
        assertFalse(few.getMessage().isBlank());
    }
}
