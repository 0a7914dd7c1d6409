package org.embedscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.find.MatchMode;
import org.embedscope.model.find.SearchQuery;
import org.embedscope.model.find.SearchResult;
import org.embedscope.model.find.WordFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {"Find words by their spelling (or by a metadata column), in vocabulary order.",
    "By default PATTERN is found anywhere in the word, as grep -F does; with * or ? it is a wildcard pattern "
            + "matched against the whole word ('*ville'). --whole-word matches it as a whole word (grep -wF), "
            + "--regex as a regular expression (grep -E).",
    "Here --limit N lists at most N matches (default 100); the whole vocabulary is always searched and every "
            + "match counted."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DatasetOptions dataset;

    @Parameters(index = "0", paramLabel = "PATTERN")
    String pattern;

    @Option(names = "--regex", description = "PATTERN is a regular expression.")
    boolean regex;

    @Option(names = {"-w", "--whole-word"}, description = "Match PATTERN as a whole word only.")
    boolean wholeWord;

    @Option(names = {"-i", "--ignore-case"}, description = "Ignore upper and lower case.")
    boolean ignoreCase;

    @Option(names = "--column", paramLabel = "C", description = "Search this metadata column instead of the words.")
    String column;

    @Mixin
    ReportOptions output;

    private static final int DEFAULT_LIMIT = 100;

    @Override
    public Integer call() throws Exception {
        // --limit belongs to the dataset options, where it cuts the vocabulary; a search always reads it whole.
        int limit = dataset.limit == null ? DEFAULT_LIMIT : dataset.limit;
        dataset.limit = null;
        if (regex && wholeWord) {
            throw new UsageException("--regex and --whole-word cannot be combined; write \\b into the expression");
        }
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1, not " + limit);
        }
        MatchMode mode = regex ? MatchMode.REGEX : wholeWord ? MatchMode.WHOLE_WORD : MatchMode.CONTAINS;
        SearchQuery query;
        try {
            query = new SearchQuery(pattern, mode, ignoreCase, column).validated();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        VectorStore store = dataset.load();
        SearchResult result = WordFinder.find(store, query, limit, Progress.NONE);
        print(result);
        return 0;
    }

    private void print(SearchResult result) {
        PrintWriter out = output.out();
        if (output.json) {
            ObjectNode node = JsonOutput.object();
            node.put("pattern", pattern);
            node.put("mode", result.query().mode().name().toLowerCase(java.util.Locale.ROOT));
            node.put("total", result.total());
            ArrayNode array = node.putArray("results");
            for (SearchResult.Match m : result.matches()) {
                ObjectNode item = array.addObject().put("word", m.word()).put("index", m.index());
                if (column != null) {
                    item.put("value", m.text());
                }
            }
            JsonOutput.print(out, node);
            return;
        }
        for (SearchResult.Match m : result.matches()) {
            out.println(column == null ? m.word() : m.word() + "\t" + m.text());
        }
        output.err().printf("%,d match%s%s%n", result.total(), result.total() == 1 ? "" : "es",
                result.total() > result.matches().size() ? ", " + result.matches().size() + " listed (--limit)" : "");
    }
}
