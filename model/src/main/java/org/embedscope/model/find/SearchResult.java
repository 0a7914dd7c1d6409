package org.embedscope.model.find;

import java.util.List;

/**
 * Matches in vocabulary order.
 *
 * @param total   how many words match in all
 * @param matches the first of them, at most the limit asked for
 */
public record SearchResult(SearchQuery query, int total, List<Match> matches) {
    public SearchResult {
        matches = List.copyOf(matches);
    }

    /** A matching word, its row, and the text that matched (the word, or its value in the column). */
    public record Match(int index, String word, String text) {
    }

    /** Rows of every match listed. */
    public int[] rows() {
        return matches.stream().mapToInt(Match::index).toArray();
    }
}
