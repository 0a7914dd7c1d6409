package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterRandomTest {
    @Test
    void drawsSharingAHashAreUniformAndIndependentOfEachOther() {
        int bins = 10;
        int[][] counts = new int[5][bins];
        int edges = 20_000;
        int same = 0;
        for (int e = 0; e < edges; e++) {
            long hash = CounterRandom.hash(42, 7, e, 0);
            int previous = -1;
            for (int draw = 0; draw < 5; draw++) {
                int k = CounterRandom.belowFrom(hash, bins, draw);
                counts[draw][k]++;
                same += k == previous ? 1 : 0;
                previous = k;
            }
        }
        for (int draw = 0; draw < 5; draw++) {
            for (int bin = 0; bin < bins; bin++) {
                // 2,000 expected per bin; five standard deviations is about 225
                assertTrue(Math.abs(counts[draw][bin] - edges / bins) < 225, "draw " + draw + " bin " + bin + ": "
                        + counts[draw][bin]);
            }
        }
        // consecutive draws repeat a bin one time in ten, as independent draws do
        assertEquals(0.1, same / (4.0 * edges), 0.01);
        assertEquals(CounterRandom.belowFrom(99, 1000, 3), CounterRandom.belowFrom(99, 1000, 3));
    }
}
