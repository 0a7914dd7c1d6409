package org.embedscope.model.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.junit.jupiter.api.Test;

/** The direction is x throughout (passed unnormalised, as (2, 0, 0), to show it is normalised). */
class HardDebiasTest {
    private static final double EPS = 1e-6;
    private static final double[] DIRECTION = {2, 0, 0};
    private static final List<String> SPECIFIC = List.of("she", "he", "queen", " King ");
    private static final List<WordPair> EQUALIZE = List.of(new WordPair("she", "he"), new WordPair("queen", "king"),
            new WordPair("gal", "guy"));

    private final VectorStore store = TinyStores.of("she", TinyStores.v(8, 6, 0), "he", TinyStores.v(-8, 6, 0),
            "nurse", TinyStores.v(0.3, 0.4, 1.2), "queen", TinyStores.v(3, 0, 4), "king", TinyStores.v(0, 3, 4),
            "gal", TinyStores.v(3, 0, 4), "guy", TinyStores.v(0, 3, 4), "Gal", TinyStores.v(0.6, 0, 0.8),
            "Guy", TinyStores.v(0, 0.6, 0.8), "GAL", TinyStores.v(0.6, 0, 0.8), "table", TinyStores.v(0, 0, 0));
    private final DebiasResult result = HardDebias.run(store, DIRECTION, SPECIFIC, EQUALIZE, Progress.NONE);
    private final VectorStore after = result.vectors();

    private double[] vector(String word) {
        float[] v = after.vector(after.indexOf(word));
        return new double[] {v[0], v[1], v[2]};
    }

    @Test
    void neutralWordsLoseTheirComponentAlongTheDirection() {
        // nurse (0.3, 0.4, 1.2) without x is (0, 0.4, 1.2), of length sqrt(1.6).
        assertArrayEquals(new double[] {0, 0.4 / Math.sqrt(1.6), 1.2 / Math.sqrt(1.6)}, vector("nurse"), EPS);
        // GAL has no GUY to be equalised with: only neutralised, (0, 0, 1).
        assertArrayEquals(new double[] {0, 0, 1}, vector("GAL"), EPS);
        assertArrayEquals(new double[] {0, 0, 0}, vector("table"), 0.0);
        assertEquals(7, result.neutralised());
        assertEquals(4, result.kept());
        assertArrayEquals(new double[] {1, 0, 0}, result.direction(), EPS);
    }

    @Test
    void specificWordsAreOnlyNormalised() {
        assertArrayEquals(new double[] {0.8, 0.6, 0}, vector("she"), EPS);
        assertArrayEquals(new double[] {-0.8, 0.6, 0}, vector("he"), EPS);
    }

    @Test
    void equalisedPairsAreSymmetricAboutTheNeutralSpace() {
        // Kept: queen (0.6, 0, 0.8), king (0, 0.6, 0.8). Their mean without x is nu = (0, 0.3, 0.8),
        // |nu|^2 = 0.73, so z = sqrt(0.27), signed + as queen - king points along +x.
        double z = Math.sqrt(0.27);
        assertArrayEquals(new double[] {z, 0.3, 0.8}, vector("queen"), EPS);
        assertArrayEquals(new double[] {-z, 0.3, 0.8}, vector("king"), EPS);
        // gal and guy are neutralised first, to (0, 0, 1) and (0, 0.6, 0.8): nu = (0, 0.3, 0.9),
        // z = sqrt(1 - 0.9) = sqrt(0.1), and their difference no longer leans, so z stays positive.
        double y = Math.sqrt(0.1);
        for (String[] pair : new String[][] {{"gal", "guy"}, {"Gal", "Guy"}}) {
            assertArrayEquals(new double[] {y, 0.3, 0.9}, vector(pair[0]), EPS);
            assertArrayEquals(new double[] {-y, 0.3, 0.9}, vector(pair[1]), EPS);
        }
        assertEquals(List.of(new WordPair("she", "he"), new WordPair("queen", "king"), new WordPair("gal", "guy"),
                new WordPair("Gal", "Guy")), result.equalised());
    }

    @Test
    void theOriginalVectorsAreLeftAlone() {
        assertArrayEquals(new float[] {8, 6, 0}, store.vector(0));
        assertEquals(store.vocabulary().asList(), after.vocabulary().asList());
        assertThrows(BiasInputException.class,
                () -> HardDebias.run(store, new double[] {1, 0}, SPECIFIC, EQUALIZE, Progress.NONE));
        assertThrows(BiasInputException.class,
                () -> HardDebias.run(store, new double[3], SPECIFIC, EQUALIZE, Progress.NONE));
    }
}
