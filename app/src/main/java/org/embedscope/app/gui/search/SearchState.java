package org.embedscope.app.gui.search;

import org.embedscope.model.find.MatchMode;

/** The search bar's inputs; {@code column} is empty for the words themselves. */
public record SearchState(String pattern, MatchMode mode, boolean ignoreCase, String column) {
    public static final SearchState DEFAULT = new SearchState("", MatchMode.CONTAINS, true, "");
}
