package org.embedscope.model.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void keepsTheBestInOrderAndPrefersLowerIdsOnTies() {
        TopK top = new TopK(1, 3);
        float[] scores = {0.1f, 0.9f, 0.5f, 0.9f, 0.7f, Float.NaN, 0.2f};
        for (int i = scores.length - 1; i >= 0; i--) {
            top.offer(0, i, scores[i]);
        }
        assertEquals(0.7f, top.threshold(0));
        int[] ids = new int[3];
        float[] best = new float[3];
        assertEquals(3, top.drainBestFirst(0, ids, best, 0));
        assertArrayEquals(new int[] {1, 3, 4}, ids);
        assertArrayEquals(new float[] {0.9f, 0.9f, 0.7f}, best);
        assertEquals(0, top.size(0));
    }

    @Test
    void slotsAreIndependentAndMergeByScore() {
        TopK a = new TopK(2, 2);
        a.offer(0, 5, 1f);
        a.offer(1, 6, 3f);
        a.offer(1, 7, 2f);
        a.offer(1, 8, 4f);
        assertEquals(Float.NEGATIVE_INFINITY, a.threshold(0));
        assertEquals(3f, a.threshold(1));
        TopK merged = new TopK(1, 2);
        merged.addAll(0, a, 0);
        merged.addAll(0, a, 1);
        assertArrayEquals(new int[] {8, 6}, merged.drainBestFirst(0));
    }

    @Test
    void offerUniqueIgnoresIdsAlreadyHeldAndLoadRestoresADrainedList() {
        TopK top = new TopK(1, 3);
        top.offerUnique(0, 4, 1f);
        top.offerUnique(0, 4, 2f);
        top.offerUnique(0, 9, 0.5f);
        assertEquals(2, top.size(0));
        top.offer(0, 2, 3f);
        int[] ids = new int[3];
        float[] scores = new float[3];
        top.drainBestFirst(0, ids, scores, 0);
        top.loadBestFirst(0, ids, scores, 0);
        top.offer(0, 1, 0.75f);
        assertArrayEquals(new int[] {2, 4, 1}, top.drainBestFirst(0));
    }

    @Test
    void keepingNoneAcceptsNothing() {
        TopK none = new TopK(3, 0);
        none.offer(1, 1, 5f);
        none.offerUnique(1, 1, 5f);
        assertEquals(Float.POSITIVE_INFINITY, none.threshold(1));
        assertEquals(0, none.size(1));
    }

    @Test
    void entriesCanBeReadInPlaceAndEverySlotEmptied() {
        TopK top = new TopK(2, 3);
        top.offer(0, 7, 0.5f);
        top.offer(0, 8, 0.9f);
        top.offer(1, 9, 0.1f);
        java.util.Set<Integer> first = new java.util.HashSet<>();
        for (int i = 0; i < top.size(0); i++) {
            first.add(top.id(0, i));
        }
        assertEquals(java.util.Set.of(7, 8), first);
        assertEquals(9, top.id(1, 0));
        top.clear();
        assertEquals(0, top.size(0));
        assertEquals(0, top.size(1));
        top.offer(1, 4, 0.2f);
        assertEquals(4, top.id(1, 0));
    }
}
