package org.embedscope.model.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighbourHeapsTest {
    private static final int K = 5;

    @Test
    void listsEndAsTheBestKOfEverythingOfferedWhateverTheOrder() {
        // Start: ids 10..14 scoring 0.5..0.1; offers: 30 ids with scores on a coarse grid, so that ties
        // occur, some of them repeated and some already listed.
        List<int[]> offers = new ArrayList<>();
        Random random = new Random(5);
        for (int t = 0; t < 40; t++) {
            int id = 20 + random.nextInt(30);
            offers.add(new int[] {id, scoreTenths(id)});
        }
        offers.add(new int[] {12, 3});
        int[] expectedIds = null;
        for (int shuffle = 0; shuffle < 6; shuffle++) {
            Collections.shuffle(offers, new Random(shuffle));
            NeighbourHeaps heaps = new NeighbourHeaps(1, K, new int[] {10, 11, 12, 13, 14},
                    new float[] {0.5f, 0.4f, 0.3f, 0.2f, 0.1f});
            for (int[] offer : offers) {
                heaps.offer(0, offer[0], offer[1] / 10f);
            }
            int[] ids = new int[K];
            float[] scores = new float[K];
            heaps.drainBestFirst(ids, scores);
            if (expectedIds == null) {
                expectedIds = bestByHand(offers);
            }
            assertArrayEquals(expectedIds, ids, "shuffle " + shuffle);
        }
    }

    @Test
    void anEntryIsNewWhenItEnteredAndAListedIdIsNotTakenTwice() {
        NeighbourHeaps heaps = new NeighbourHeaps(2, 2, new int[] {1, 2, 0, 2}, new float[] {0.9f, 0.8f, 0.9f, 0.8f});
        java.util.Arrays.fill(heaps.state, NeighbourHeaps.OLD);
        assertFalse(heaps.offer(0, 1, 0.95f), "1 is listed already");
        assertFalse(heaps.offer(0, 7, 0.7f), "worse than both");
        assertTrue(heaps.offer(0, 7, 0.85f));
        assertFalse(heaps.offer(0, 6, 0.8f), "below the worst, now 0.85");
        int fresh = 0;
        for (int r = 0; r < 2; r++) {
            if (heaps.isNew(r)) {
                fresh++;
                assertTrue(heaps.ids[r] == 7);
            }
        }
        assertTrue(fresh == 1);
        assertTrue(heaps.settleRound() == 1, "one entry entered this round");
        assertTrue(heaps.settleRound() == 0, "and it is merely new in the next");
    }

    /** Scores are id % 7 in tenths: several ids share a score. */
    private static int scoreTenths(int id) {
        return 1 + id % 7;
    }

    /** The best five of the start and the offers by score, ties to the lower id, sorted best first. */
    private static int[] bestByHand(List<int[]> offers) {
        List<int[]> all = new ArrayList<>();
        int[][] start = {{10, 5}, {11, 4}, {12, 3}, {13, 2}, {14, 1}};
        Collections.addAll(all, start);
        for (int[] offer : offers) {
            if (all.stream().noneMatch(e -> e[0] == offer[0])) {
                all.add(offer);
            }
        }
        all.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        int[] best = new int[K];
        for (int r = 0; r < K; r++) {
            best[r] = all.get(r)[0];
        }
        return best;
    }
}
