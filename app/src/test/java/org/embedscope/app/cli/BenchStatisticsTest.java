package org.embedscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The summary statistics bench reports, on hand-computed cases. */
class BenchStatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2, BenchCommand.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchCommand.median(new double[] {4, 1, 3, 2}));
        assertEquals(7, BenchCommand.median(new double[] {7}));
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] tens = {100, 10, 90, 20, 80, 30, 70, 40, 60, 50};
        // Nearest rank: the ceil(p / 100 * n)-th smallest value.
        assertEquals(90, BenchCommand.percentile(tens, 90));
        assertEquals(50, BenchCommand.percentile(tens, 50));
        assertEquals(100, BenchCommand.percentile(tens, 100));
        assertEquals(10, BenchCommand.percentile(tens, 1));
        assertEquals(100, BenchCommand.percentile(tens, 91));
    }
}
