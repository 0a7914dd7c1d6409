package org.embedscope.model.bias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.embedscope.model.VectorStore;

/**
 * A named list of words looked up in a store (falling back to lower case): the rows found, the
 * words as the vocabulary spells them, and the words it does not have, which are always reported.
 */
public record WordSet(String name, int[] rows, List<String> words, List<String> missing) {
    /** Published methods break down on sets with many holes, so a set missing more than this is refused. */
    public static final double MAX_MISSING_FRACTION = 0.2;

    public WordSet {
        words = List.copyOf(words);
        missing = List.copyOf(missing);
    }

    /** Looks the words up; repeats count once. Never refuses: see {@link #requireMostPresent()}. */
    public static WordSet resolve(VectorStore store, String name, List<String> typed) {
        Map<Integer, String> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String word : typed) {
            String text = word == null ? "" : word.strip();
            if (text.isEmpty()) {
                continue;
            }
            int row = store.lookup(text);
            if (row >= 0) {
                found.putIfAbsent(row, store.word(row));
            } else if (!missing.contains(text)) {
                missing.add(text);
            }
        }
        int[] rows = found.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new WordSet(name, rows, new ArrayList<>(found.values()), missing);
    }

    public int size() {
        return rows.length;
    }

    /** Words asked for: found plus missing. */
    public int asked() {
        return rows.length + missing.size();
    }

    /**
     * This set, or a {@link BiasInputException} when it is empty or misses more than
     * {@link #MAX_MISSING_FRACTION} of its words, naming them.
     */
    public WordSet requireMostPresent() {
        if (asked() == 0) {
            throw new BiasInputException("the word set " + name + " is empty");
        }
        if (rows.length == 0) {
            throw new BiasInputException("none of the words of " + name + " is in the vocabulary: " + listed(missing));
        }
        if (missing.size() > MAX_MISSING_FRACTION * asked()) {
            throw new BiasInputException(String.format(java.util.Locale.ROOT,
                    "%d of the %d words of %s (%.0f%%) are not in the vocabulary, more than the %.0f%% allowed: %s",
                    missing.size(), asked(), name, 100.0 * missing.size() / asked(), 100 * MAX_MISSING_FRACTION,
                    listed(missing)));
        }
        return this;
    }

    static String listed(List<String> words) {
        int shown = Math.min(words.size(), 12);
        String head = String.join(", ", words.subList(0, shown));
        return shown < words.size() ? head + " and " + (words.size() - shown) + " more" : head;
    }
}
