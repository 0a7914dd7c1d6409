package org.embedscope.app.session;

/**
 * The vectors a session was saved on, and how they were opened.
 *
 * @param path        the vectors file, or null for the bundled dataset
 * @param contentHash "sha256:" and the hex digest of the file's bytes (of the bundled resources for the bundled dataset)
 * @param size        the file's size in bytes
 * @param format      the format it was opened as, or null if detected
 * @param limit       the word limit it was opened with (0: all)
 * @param metadata    the metadata file it was opened with, or null
 */
public record DatasetRef(String path, String contentHash, long size, String format, int limit, String metadata) {
    public boolean bundled() {
        return path == null;
    }
}
