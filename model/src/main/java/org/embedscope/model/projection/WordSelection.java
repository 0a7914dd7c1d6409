package org.embedscope.model.projection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.embedscope.model.VectorStore;

/**
 * Which words a projection places on the map: every word, the N most frequent, or a list (typed,
 * read from a file, or the user's selection). A list names words; {@link #resolve} finds them,
 * falling back to lower case (GloVe has "mary", not "Mary"), and reports those it cannot find.
 *
 * @param count for {@link Kind#FIRST}: how many of the most frequent words
 * @param words for {@link Kind#LIST}: the words, in the order they should be listed
 */
public record WordSelection(Kind kind, int count, List<String> words) {
    public enum Kind { ALL, FIRST, LIST }

    public WordSelection {
        if (kind == null) {
            throw new InvalidProjectionException("say which words to project");
        }
        words = words == null ? List.of() : List.copyOf(words);
        if (kind == Kind.FIRST && count < 1) {
            throw new InvalidProjectionException("project at least 1 word, not " + count);
        }
    }

    public static WordSelection all() {
        return new WordSelection(Kind.ALL, 0, List.of());
    }

    public static WordSelection first(int count) {
        return new WordSelection(Kind.FIRST, count, List.of());
    }

    public static WordSelection of(List<String> words) {
        return new WordSelection(Kind.LIST, 0, words);
    }

    /** The store rows this selection names, in order without repeats, and the words not found. */
    public Resolved resolve(VectorStore store) {
        return switch (kind) {
            case ALL -> new Resolved(identity(store.size()), List.of());
            case FIRST -> new Resolved(identity(Math.min(count, store.size())), List.of());
            case LIST -> lookUp(store);
        };
    }

    private Resolved lookUp(VectorStore store) {
        Set<Integer> rows = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        for (String word : words) {
            String text = word.strip();
            if (text.isEmpty()) {
                continue;
            }
            int row = store.lookup(text);
            if (row >= 0) {
                rows.add(row);
            } else if (!missing.contains(text)) {
                missing.add(text);
            }
        }
        return new Resolved(rows.stream().mapToInt(Integer::intValue).toArray(), missing);
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /**
     * @param rows    store rows, in the selection's order
     * @param missing words of a list that are not in the vocabulary, as typed
     */
    public record Resolved(int[] rows, List<String> missing) {
        public Resolved {
            missing = List.copyOf(missing);
        }

        /** True when the rows are 0, 1, ..., n - 1: the vectors can be used without copying. */
        public boolean isPrefix() {
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != i) {
                    return false;
                }
            }
            return true;
        }
    }
}
