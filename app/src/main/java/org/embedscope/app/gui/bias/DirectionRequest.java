package org.embedscope.app.gui.bias;

import java.util.List;
import org.embedscope.model.bias.WordPair;

/**
 * What to analyse, read off the panel's inputs on the FX thread and handed to the background.
 *
 * @param pairs     the pairs for {@link DirectionSource#GENDER_PAIRS} and {@link DirectionSource#PAIRS_FILE}
 * @param listName  how to name the scored words in messages
 * @param pairsFile a file to read the pairs from when {@code pairs} is empty (a restored session)
 * @param planeAxis an expression for the plane's y axis, or empty for the words' principal component
 */
record DirectionRequest(DirectionSource source, String first, String second, String expression, List<WordPair> pairs,
        String pairsFile, String listName, List<String> words, int withinFirst, double strictness, String planeAxis) {
    DirectionRequest {
        pairs = List.copyOf(pairs);
        words = List.copyOf(words);
    }
}
