package org.embedscope.model.analogy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.UnknownWordException;
import org.embedscope.model.VectorStore;
import org.embedscope.model.search.Neighbor;
import org.embedscope.model.simd.Simd;
import org.junit.jupiter.api.Test;

/**
 * Words on the unit circle (some stretched, which no method may notice), so that every cosine is
 * the cosine of an angle difference and the expected scores follow from angles alone.
 */
class AnalogiesTest {
    private static final double[] DEGREES = {0, 90, 45, 135, 60, 180, 250, 300};
    private static final String[] WORDS = {"man", "woman", "king", "x135", "x60", "x180", "x250", "x300"};
    private static final VectorStore STORE = circle();

    private static VectorStore circle() {
        float[] v = new float[2 * DEGREES.length];
        for (int i = 0; i < DEGREES.length; i++) {
            double length = 1 + i % 3; // lengths 1, 2, 3: cosine methods must not care
            v[2 * i] = (float) (length * Math.cos(Math.toRadians(DEGREES[i])));
            v[2 * i + 1] = (float) (length * Math.sin(Math.toRadians(DEGREES[i])));
        }
        return VectorStore.of(WORDS, v, 2, DatasetInfo.of("t", "t", "glove"));
    }

    private static double angle(String word) {
        return Math.toRadians(DEGREES[List.of(WORDS).indexOf(word)]);
    }

    /** The float-rounded unit vector of a word, as the store holds it. */
    private static double[] unit(String word) {
        return STORE.unitVector(STORE.indexOf(word));
    }

    private static List<String> words(AnalogyResult r) {
        return r.answers().stream().map(Neighbor::word).toList();
    }

    @Test
    void threeCosAddPointsAtBMinusAPlusC() {
        // man : woman :: king : ?  q = (0,1) + (s,s) - (1,0), s = sqrt(1/2): at atan2(1 + s, s - 1) = 99.74 deg
        double s = Math.sqrt(0.5);
        double q = Math.atan2(1 + s, s - 1);
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "king", AnalogyMethod.ADD, 3, false);
        assertEquals(List.of("x135", "x60", "x180"), words(r));
        assertEquals(Math.cos(angle("x135") - q), r.answers().get(0).score(), 1e-6);
        assertEquals(Math.cos(angle("x60") - q), r.answers().get(1).score(), 1e-6);
        assertEquals(Math.cos(angle("x180") - q), r.answers().get(2).score(), 1e-6);
        assertArrayEquals(new int[] {0, 1, 2}, r.excluded());
        assertEquals(2, r.c().index());
    }

    @Test
    void includingInputsLetsBWin() {
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "king", AnalogyMethod.ADD, 2, true);
        assertEquals(List.of("woman", "x135"), words(r)); // woman is 9.74 deg away, x135 35.26
        assertEquals(0, r.excluded().length);
        assertEquals(1, r.rankOf("woman"));
        assertEquals(4, r.rankOf("king")); // after woman, x135, x60 (54.74 deg)
    }

    @Test
    void rankOfExpectedAnswer() {
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "king", AnalogyMethod.ADD, 1, false);
        assertEquals(1, r.rankOf("x135"));
        assertEquals(2, r.rankOf("X60")); // lower-case fallback
        assertEquals(5, r.rankOf("x300"));
        assertEquals(0, r.rankOf("king")); // an excluded input
        assertThrows(UnknownWordException.class, () -> r.rankOf("queen"));
    }

    @Test
    void threeCosMulMultipliesShiftedCosines() {
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "king", AnalogyMethod.MUL, 5, false);
        String[] candidates = {"x135", "x60", "x180", "x250", "x300"};
        double[] expected = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            double x = angle(candidates[i]);
            double pa = (1 + Math.cos(x - angle("man"))) / 2;
            double pb = (1 + Math.cos(x - angle("woman"))) / 2;
            double pc = (1 + Math.cos(x - angle("king"))) / 2;
            expected[i] = pb * pc / (pa + 1e-6);
        }
        // by hand (pb * pc / pa): x135 0.8536 * 0.5 / 0.1464 = 2.915, x60 0.9330 * 0.9830 / 0.75 = 1.223,
        // x300 0.0670 * 0.3706 / 0.75 = 0.0331, x250 0.0302 * 0.0468 / 0.329 = 0.0043; x180 is opposite
        // "man", so pa = 0 and the 1e-6 guard makes it win by far (0.5 * 0.1464 / 1e-6)
        assertEquals(List.of("x180", "x135", "x60", "x300", "x250"), words(r));
        for (Neighbor n : r.answers()) {
            int i = List.of(candidates).indexOf(n.word());
            assertEquals(expected[i], n.score(), 1e-6 * expected[i]);
        }
    }

    @Test
    void pairDirectionComparesOffsets() {
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "king", AnalogyMethod.PAIR_DIRECTION, 5, false);
        double[] ba = minus(unit("woman"), unit("man"));
        for (Neighbor n : r.answers()) {
            double[] dc = minus(unit(n.word()), unit("king"));
            double expected = dot(dc, ba) / Math.sqrt(dot(dc, dc) * dot(ba, ba));
            assertEquals(expected, n.score(), 1e-9, n.word());
        }
        // man -> woman points at 135 deg; king (45) -> x60 at (45 + 60) / 2 + 90 = 142.5 deg, 7.5 deg off,
        // king -> x135 at 180 deg, x180 at 202.5, x250 at 237.5, x300 at 262.5
        assertEquals(List.of("x60", "x135", "x180", "x250", "x300"), words(r));
        assertEquals(Math.cos(Math.toRadians(7.5)), r.answers().get(0).score(), 1e-6);
        for (int i = 1; i < r.answers().size(); i++) {
            assertEquals(true, r.answers().get(i - 1).score() >= r.answers().get(i).score());
        }
    }

    @Test
    void expressionsAreAcceptedAsTerms() {
        AnalogyResult r = Analogies.solve(STORE, "man", "woman", "0.5*king + 0.5*king", AnalogyMethod.ADD, 3, false);
        assertEquals(List.of("x135", "x60", "x180"), words(r));
        assertEquals(-1, r.c().index());
        assertArrayEquals(new int[] {2}, r.c().wordIndices());
    }

    @Test
    void plainKernelsGiveTheSameAnswers() {
        for (AnalogyMethod m : AnalogyMethod.values()) {
            AnalogyTerm a = AnalogyTerm.parse(STORE, "man");
            AnalogyTerm b = AnalogyTerm.parse(STORE, "woman");
            AnalogyTerm c = AnalogyTerm.parse(STORE, "king");
            assertEquals(Analogies.solve(STORE, a, b, c, m, 5, false, Simd.plain()).answers(),
                    Analogies.solve(STORE, a, b, c, m, 5, false, Simd.kernels()).answers());
        }
    }

    @Test
    void methodNames() {
        assertEquals(AnalogyMethod.MUL, AnalogyMethod.parse("3CosMul"));
        assertEquals(AnalogyMethod.PAIR_DIRECTION, AnalogyMethod.parse("pair"));
        assertThrows(IllegalArgumentException.class, () -> AnalogyMethod.parse("sub"));
    }

    private static double[] minus(double[] x, double[] y) {
        return new double[] {x[0] - y[0], x[1] - y[1]};
    }

    private static double dot(double[] x, double[] y) {
        return x[0] * y[0] + x[1] * y[1];
    }
}
