package org.embedscope.model.bias;

import java.util.List;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.VectorStore;

/** Small hand-made stores whose bias numbers can be worked out on paper. */
final class TinyStores {
    private TinyStores() {
    }

    /** Words with their (not necessarily unit) vectors, all of one dimension, in row order. */
    static VectorStore of(Object... wordsAndVectors) {
        int n = wordsAndVectors.length / 2;
        int d = ((double[]) wordsAndVectors[1]).length;
        String[] words = new String[n];
        float[] values = new float[n * d];
        for (int i = 0; i < n; i++) {
            words[i] = (String) wordsAndVectors[2 * i];
            double[] v = (double[]) wordsAndVectors[2 * i + 1];
            for (int j = 0; j < d; j++) {
                values[i * d + j] = (float) v[j];
            }
        }
        return VectorStore.of(words, values, d, DatasetInfo.of("tiny", "test", "test"));
    }

    static double[] v(double... values) {
        return values;
    }

    /**
     * Two pairs in 3D, stored at length 10 to show that only directions count. Unit vectors:
     * she (0.8, 0.6, 0), he (-0.8, 0.6, 0); woman (0, 0.8, 0.6), man (0, 0.8, -0.6). Centred on
     * their pair means they are +-(0.8, 0, 0) and +-(0, 0, 0.6): the scatter is diagonal with
     * 2 * 0.64 on x and 2 * 0.36 on z, so the first component is x (explaining 0.64) and the second
     * z (0.36). Toward the first words: sum(first - second) = (1.6, 0, 1.2) has x > 0, so +x. The
     * mean of the pair differences would be (0.8, 0, 0.6) instead: PCA is not averaging.
     * nurse (0.3, 0.4, 1.2) has length 1.3, so its projection on x is 0.3 / 1.3; doctor is
     * (-0.6, 0, 0.8), projection -0.6; table (0, 1, 0), projection 0.
     */
    static VectorStore gendered() {
        return of("she", v(8, 6, 0), "he", v(-8, 6, 0), "woman", v(0, 8, 6), "man", v(0, 8, -6),
                "nurse", v(0.3, 0.4, 1.2), "doctor", v(-0.6, 0, 0.8), "table", v(0, 1, 0));
    }

    static List<WordPair> gendersPairs() {
        return List.of(new WordPair("she", "he"), new WordPair("woman", "man"));
    }
}
