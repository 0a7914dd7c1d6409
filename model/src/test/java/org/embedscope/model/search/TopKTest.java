package org.embedscope.model.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TopKTest {
    @Test
    void keepsTheBestInOrderAndPrefersLowerIndexOnTies() {
        TopK top = new TopK(3);
        float[] scores = {0.1f, 0.9f, 0.5f, 0.9f, 0.7f, Float.NaN, 0.2f};
        for (int i = 0; i < scores.length; i++) {
            top.offer(i, scores[i]);
        }
        assertArrayEquals(new int[] {1, 3, 4}, top.indicesBestFirst());
        assertArrayEquals(new float[] {0.9f, 0.9f, 0.7f}, top.scoresBestFirst());
    }
}
