package org.embedscope.model.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.embedscope.model.Metadata;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/** Finds the words (or metadata values) that match a query, in vocabulary order, like grep over the vocabulary. */
public final class WordFinder {
    private static final int CHECK_EVERY = 1 << 16;

    private WordFinder() {
    }

    /**
     * @param limit how many matches to list (all of them are counted)
     * @throws InvalidPatternException for a bad pattern or an unknown column, naming the columns there are
     */
    public static SearchResult find(VectorStore store, SearchQuery query, int limit, Progress progress) {
        if (limit < 1) {
            throw new InvalidPatternException("the number of results to list must be at least 1, got " + limit);
        }
        int column = columnIndex(store.metadata(), query.column());
        Pattern pattern = query.isPlainSubstring() ? null : query.compile();
        Matcher matcher = pattern == null ? null : pattern.matcher("");
        List<SearchResult.Match> matches = new ArrayList<>(Math.min(limit, 1024));
        int total = 0;
        int n = store.size();
        for (int row = 0; row < n; row++) {
            if (row % CHECK_EVERY == 0) {
                progress.checkCancelled();
            }
            String text = column < 0 ? store.word(row) : store.metadata().value(column, row);
            if (text == null) {
                continue;
            }
            boolean hit = matcher == null ? text.contains(query.pattern()) : matcher.reset(text).find();
            if (hit) {
                total++;
                if (matches.size() < limit) {
                    matches.add(new SearchResult.Match(row, store.word(row), text));
                }
            }
        }
        return new SearchResult(query, total, matches);
    }

    private static int columnIndex(Metadata metadata, String column) {
        if (column == null || column.isBlank()) {
            return -1;
        }
        List<String> columns = metadata.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        throw new InvalidPatternException("there is no column " + column + (columns.isEmpty()
                ? "; these vectors have no metadata" : "; the columns are " + String.join(", ", columns)));
    }
}
