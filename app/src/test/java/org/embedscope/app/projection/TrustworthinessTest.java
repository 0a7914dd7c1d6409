package org.embedscope.app.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrustworthinessTest {
    /** Five directions fanning out from (1, 0): by cosine distance their order is 0, 1, 2, 3, 4. */
    private static final float[] FAN = {1, 0, 1, 0.1f, 1, 0.3f, 1, 0.6f, 1, 1};

    @Test
    void aMapKeepingEveryNeighbourhoodScoresOne() {
        // each point's angle: on a line the angular gaps, and so every neighbour order, are kept
        float[] line = new float[5];
        for (int i = 0; i < 5; i++) {
            line[i] = (float) Math.atan2(FAN[2 * i + 1], FAN[2 * i]);
        }
        assertEquals(1.0, Trustworthiness.of(FAN, 5, 2, line, 1, 1), 1e-12);
    }

    /**
     * Map x = 0, 4.1, 2, 3.3, 1.2. With k = 1 each point's map neighbour and its input rank are
     * 0: 4 (rank 4), 1: 3 (rank 3), 2: 4 (rank 4), 3: 1 (rank 3), 4: 2 (rank 2), penalties 3 + 2 + 3 +
     * 2 + 1 = 11, so T = 1 - 2 / (5 (10 - 3 - 1)) * 11 = 4 / 15; scikit-learn's trustworthiness gives
     * 0.26667 for k = 1 and 0.46667 for k = 2 on the same points.
     */
    @Test
    void aShuffledMapIsPenalisedByInputRanksAsScikitLearnDoes() {
        float[] map = {0, 4.1f, 2, 3.3f, 1.2f};
        assertEquals(4.0 / 15, Trustworthiness.of(FAN, 5, 2, map, 1, 1), 1e-9);
        assertEquals(0.4666666666666667, Trustworthiness.of(FAN, 5, 2, map, 1, 2), 1e-9);
    }
}
