package org.embedscope.model.find;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to look for: a pattern, how it matches, whether case matters, and in which column (null for
 * the words themselves).
 */
public record SearchQuery(String pattern, MatchMode mode, boolean ignoreCase, String column) {
    public SearchQuery {
        if (pattern == null || pattern.isEmpty()) {
            throw new InvalidPatternException("the search pattern is empty");
        }
        mode = mode == null ? MatchMode.CONTAINS : mode;
    }

    public static SearchQuery contains(String pattern) {
        return new SearchQuery(pattern, MatchMode.CONTAINS, false, null);
    }

    /** True for a CONTAINS pattern with * or ?: then it must match the whole text, * any run and ? one character. */
    public boolean isWildcard() {
        return mode == MatchMode.CONTAINS && (pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0);
    }

    /** This query once its pattern is known to compile. @throws InvalidPatternException naming the problem */
    public SearchQuery validated() {
        compile();
        return this;
    }

    /** The compiled matcher. @throws InvalidPatternException naming the problem */
    Pattern compile() {
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        String regex = switch (mode) {
            case REGEX -> pattern;
            case WHOLE_WORD -> "(?<![\\p{L}\\p{N}_])" + Pattern.quote(pattern) + "(?![\\p{L}\\p{N}_])";
            case CONTAINS -> isWildcard() ? wildcard(pattern) : Pattern.quote(pattern);
        };
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new InvalidPatternException("the regular expression " + pattern + " is not valid: "
                    + e.getDescription().toLowerCase(Locale.ROOT)
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
    }

    private static String wildcard(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.append('$').toString();
    }

    /** Whether the pattern needs a regex engine at all; plain substrings are found without one. */
    boolean isPlainSubstring() {
        return mode == MatchMode.CONTAINS && !isWildcard() && !ignoreCase;
    }
}
