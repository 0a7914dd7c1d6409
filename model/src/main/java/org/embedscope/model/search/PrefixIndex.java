package org.embedscope.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.embedscope.model.Vocabulary;
import org.embedscope.model.numeric.TopK;

/**
 * Word completion: the words that start with a prefix, most frequent (lowest index) first.
 * Matching ignores case, so "Par" finds "paris" and "Paris".
 */
public final class PrefixIndex {
    private final Vocabulary vocabulary;
    private final String[] keys;
    private final int[] order;

    private PrefixIndex(Vocabulary vocabulary, String[] keys, int[] order) {
        this.vocabulary = vocabulary;
        this.keys = keys;
        this.order = order;
    }

    public static PrefixIndex of(Vocabulary vocabulary) {
        int n = vocabulary.size();
        String[] lower = new String[n];
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            lower[i] = vocabulary.word(i).toLowerCase(java.util.Locale.ROOT);
            boxed[i] = i;
        }
        Arrays.parallelSort(boxed, (a, b) -> {
            int c = lower[a].compareTo(lower[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] order = new int[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
            keys[i] = lower[boxed[i]];
        }
        return new PrefixIndex(vocabulary, keys, order);
    }

    /** Up to {@code limit} words starting with {@code prefix}, most frequent first. */
    public List<String> complete(String prefix, int limit) {
        String key = prefix.toLowerCase(java.util.Locale.ROOT);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        int from = lowerBound(key);
        TopK best = new TopK(1, limit);
        for (int i = from; i < keys.length && keys[i].startsWith(key); i++) {
            best.offer(0, order[i], -order[i]);
        }
        List<String> result = new ArrayList<>();
        for (int index : best.drainBestFirst(0)) {
            result.add(vocabulary.word(index));
        }
        return result;
    }

    private int lowerBound(String key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
