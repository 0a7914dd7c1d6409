package org.embedscope.app.session;

import java.util.List;

/**
 * A saved session: the format version, the software that wrote it, the vectors it is about, the
 * current picture and the bookmarks.
 */
public record Session(int version, String software, String saved, DatasetRef dataset, SessionView current,
        List<Bookmark> bookmarks) {
    /** The format this version writes and the newest it reads. */
    public static final int VERSION = 1;

    public Session {
        bookmarks = bookmarks == null ? List.of() : List.copyOf(bookmarks);
    }
}
