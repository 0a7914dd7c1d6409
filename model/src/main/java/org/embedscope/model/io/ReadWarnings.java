package org.embedscope.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tolerated problems met while reading. Each kind keeps its first few messages and a count, so a
 * file with a million duplicates yields a short, readable list rather than a million lines.
 */
final class ReadWarnings {
    static final int SHOWN_PER_KIND = 5;

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    private static final class Kind {
        final List<String> shown = new ArrayList<>();
        long total;
    }

    void add(String kind, String message) {
        add(kind, () -> message);
    }

    /** Builds the message only when it will be shown, for messages that are costly to word. */
    void add(String kind, java.util.function.Supplier<String> message) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        if (k.shown.size() < SHOWN_PER_KIND) {
            k.shown.add(message.get());
        }
        k.total++;
    }

    /** Appends another collector's warnings after this one's (used to merge chunks in file order). */
    void addAll(ReadWarnings other) {
        for (Map.Entry<String, Kind> e : other.kinds.entrySet()) {
            Kind k = kinds.computeIfAbsent(e.getKey(), x -> new Kind());
            for (String message : e.getValue().shown) {
                if (k.shown.size() < SHOWN_PER_KIND) {
                    k.shown.add(message);
                }
            }
            k.total += e.getValue().total;
        }
    }

    boolean isEmpty() {
        return kinds.isEmpty();
    }

    List<String> list() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            Kind k = e.getValue();
            out.addAll(k.shown);
            if (k.total > k.shown.size()) {
                out.add("... and " + (k.total - k.shown.size()) + " more: " + e.getKey());
            }
        }
        return out;
    }
}
