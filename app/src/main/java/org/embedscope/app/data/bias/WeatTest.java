package org.embedscope.app.data.bias;

import java.util.List;

/** A WEAT test: two target sets and two attribute sets, each a named word list. */
public record WeatTest(String id, String title, NamedWords x, NamedWords y, NamedWords a, NamedWords b) {
    /** A word list with its name, as typed or loaded (not yet looked up). */
    public record NamedWords(String name, List<String> words) {
        public NamedWords {
            words = List.copyOf(words);
        }
    }
}
