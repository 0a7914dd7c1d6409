package org.embedscope.app.gui.session;

/** The bookmarks panel has no inputs of its own: its bookmarks belong to the session file. */
public record BookmarksState() {
}
