package org.embedscope.model.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.embedscope.model.DataFormatException;
import org.embedscope.model.DatasetInfo;
import org.embedscope.model.Metadata;
import org.embedscope.model.VectorStore;

/**
 * Turns a reader's rows into a store: later duplicates of a word are dropped with a warning (the
 * first occurrence wins, as in gensim), dropped rows are squeezed out in place, and the warnings
 * are attached to the dataset info.
 */
final class StoreAssembler {
    private StoreAssembler() {
    }

    /**
     * @param words    one per row (from the file or from its metadata)
     * @param metadata full-length columns, or {@link Metadata#none()}
     */
    static VectorStore assemble(String file, String source, String format, RawRows raw, String[] words,
            Metadata metadata) {
        boolean[] dropped = raw.dropped() != null ? raw.dropped() : new boolean[words.length];
        if (!any(dropped)) {
            // The common case: building the store's lookup is the duplicate check, so hash only once.
            try {
                return VectorStore.of(words, raw.vectors(), raw.dimension(), metadata,
                        new DatasetInfo(file, source, format, raw.warnings().list()));
            } catch (IllegalArgumentException duplicates) {
                // Fall through to the slow path, which finds and reports every duplicate.
            }
        }
        markDuplicates(file, words, dropped, raw);
        int kept = 0;
        for (boolean d : dropped) {
            if (!d) {
                kept++;
            }
        }
        if (kept == 0) {
            throw DataFormatException.inFile(file, "no vectors found");
        }
        float[] vectors = raw.vectors();
        String[] finalWords = words;
        Metadata finalMetadata = metadata;
        if (kept < words.length) {
            int dim = raw.dimension();
            int[] keep = new int[kept];
            for (int row = 0, k = 0; row < words.length; row++) {
                if (!dropped[row]) {
                    keep[k++] = row;
                }
            }
            for (int k = 0; k < kept; k++) {
                if (keep[k] != k) {
                    System.arraycopy(vectors, keep[k] * dim, vectors, k * dim, dim);
                }
            }
            vectors = Arrays.copyOf(vectors, kept * dim);
            finalWords = pick(words, keep);
            finalMetadata = pick(metadata, keep);
        }
        List<String> warnings = raw.warnings().list();
        DatasetInfo info = new DatasetInfo(file, source, format, warnings);
        return VectorStore.of(finalWords, vectors, raw.dimension(), finalMetadata, info);
    }

    private static boolean any(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    private static void markDuplicates(String file, String[] words, boolean[] dropped, RawRows raw) {
        int capacity = Integer.highestOneBit(Math.max(4, words.length * 2 - 1)) << 1;
        int[] table = new int[capacity];
        Arrays.fill(table, -1);
        int mask = capacity - 1;
        for (int row = 0; row < words.length; row++) {
            if (dropped[row]) {
                continue;
            }
            String word = words[row];
            int h = word.hashCode() * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & mask;
            while (table[slot] >= 0 && !words[table[slot]].equals(word)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] < 0) {
                table[slot] = row;
            } else {
                dropped[row] = true;
                int first = table[slot];
                int at = row;
                raw.warnings().add("duplicate words", () -> file + ", " + raw.locate().apply(at) + ": duplicate word '"
                        + word + "' (first at " + raw.locate().apply(first) + "); kept the first");
            }
        }
    }

    private static String[] pick(String[] values, int[] keep) {
        String[] out = new String[keep.length];
        for (int k = 0; k < keep.length; k++) {
            out[k] = values[keep[k]];
        }
        return out;
    }

    private static Metadata pick(Metadata metadata, int[] keep) {
        if (metadata.isEmpty()) {
            return metadata;
        }
        List<String[]> columns = new ArrayList<>();
        for (int c = 0; c < metadata.columns().size(); c++) {
            String[] column = new String[keep.length];
            for (int k = 0; k < keep.length; k++) {
                column[k] = metadata.value(c, keep[k]);
            }
            columns.add(column);
        }
        return Metadata.of(metadata.columns(), columns);
    }
}
