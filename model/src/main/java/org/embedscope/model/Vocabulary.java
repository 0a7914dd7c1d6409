package org.embedscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words in file order (for pretrained vectors that is frequency rank) with a word-to-index lookup.
 * The lookup is an open-addressing table of ints rather than a HashMap so that millions of words
 * cost a few bytes each on top of the strings themselves.
 */
public final class Vocabulary {
    private static final int EMPTY = -1;

    private final String[] words;
    private final int[] table;
    private final int mask;

    private Vocabulary(String[] words, int[] table) {
        this.words = words;
        this.table = table;
        this.mask = table.length - 1;
    }

    /**
     * Builds the lookup. Words must be distinct; callers that read files decide what to do with
     * duplicates first (see {@link #firstDuplicate(String[])}).
     */
    public static Vocabulary of(String[] words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        int[] table = new int[capacity];
        Arrays.fill(table, EMPTY);
        Vocabulary vocabulary = new Vocabulary(words, table);
        for (int i = 0; i < words.length; i++) {
            if (!vocabulary.insert(i)) {
                throw new IllegalArgumentException("duplicate word: " + words[i]);
            }
        }
        return vocabulary;
    }

    /** Index of the first word that repeats an earlier one, or -1 when all are distinct. */
    public static int firstDuplicate(String[] words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        int[] table = new int[capacity];
        Arrays.fill(table, EMPTY);
        Vocabulary probe = new Vocabulary(words, table);
        for (int i = 0; i < words.length; i++) {
            if (!probe.insert(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean insert(int index) {
        String word = words[index];
        int slot = spread(word.hashCode()) & mask;
        while (table[slot] != EMPTY) {
            if (words[table[slot]].equals(word)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = index;
        return true;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Index of the word, or -1 if it is not in the vocabulary. */
    public int indexOf(String word) {
        int slot = spread(word.hashCode()) & mask;
        while (true) {
            int index = table[slot];
            if (index == EMPTY) {
                return -1;
            }
            if (words[index].equals(word)) {
                return index;
            }
            slot = (slot + 1) & mask;
        }
    }

    public boolean contains(String word) {
        return indexOf(word) >= 0;
    }

    public String word(int index) {
        return words[index];
    }

    public int size() {
        return words.length;
    }

    /** A read-only view in file order. */
    public List<String> asList() {
        return Collections.unmodifiableList(Arrays.asList(words));
    }
}
