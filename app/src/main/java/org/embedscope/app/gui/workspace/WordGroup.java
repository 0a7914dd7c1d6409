package org.embedscope.app.gui.workspace;

import java.util.List;

/**
 * A named set of words, such as "king and its 10 neighbours", as other panels take it.
 *
 * @param words in the group's own order, without repeats
 */
public record WordGroup(String name, List<String> words) {
    public static final WordGroup EMPTY = new WordGroup("", List.of());

    public WordGroup {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
