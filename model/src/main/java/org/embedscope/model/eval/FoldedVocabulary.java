package org.embedscope.model.eval;

import java.util.HashMap;
import java.util.Map;
import org.embedscope.model.VectorStore;

/**
 * gensim's {@code ok_vocab}: the first {@code restrict} words of a store keyed by their upper-case
 * form (or as they are, when case-sensitive). gensim builds it from the reversed word list, so when
 * several words fold to the same key the earliest (most frequent) one wins; so does this.
 */
final class FoldedVocabulary {
    private final Map<String, Integer> indices;
    private final boolean caseInsensitive;
    private final int restrict;

    FoldedVocabulary(VectorStore store, int restrict, boolean caseInsensitive) {
        this.restrict = Math.min(Math.max(0, restrict), store.size());
        this.caseInsensitive = caseInsensitive;
        this.indices = new HashMap<>(this.restrict * 2);
        for (int i = 0; i < this.restrict; i++) {
            indices.putIfAbsent(key(store.word(i)), i);
        }
    }

    /** The key a word is looked up by: its upper-case form when case-insensitive. */
    String key(String word) {
        return caseInsensitive ? PyText.upper(word) : word;
    }

    /** The row of the earliest word with this key, or -1. */
    int indexOfKey(String key) {
        Integer index = indices.get(key);
        return index == null ? -1 : index;
    }

    /** Number of rows considered: min(restrict, store size). */
    int restrict() {
        return restrict;
    }
}
