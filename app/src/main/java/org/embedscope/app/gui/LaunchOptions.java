package org.embedscope.app.gui;

import java.nio.file.Path;
import org.embedscope.model.io.OpenOptions;

/**
 * How the window was asked to start.
 *
 * @param vectors    file to open, or null for the bundled dataset
 * @param open       how to read it (format, metadata, limit, cache)
 * @param screenshot where to save a PNG of the window once the map is drawn (then exit), or null
 * @param select     word to select once the map is drawn, or null
 * @param dims       2 or 3: the map to start with
 * @param panel      id of the side panel to show first, or null for the first
 * @param session    a session file to open instead of vectors, or null
 * @param saveSession where to save the session once the map is drawn, or null
 * @param lesson     id of a lesson to start once the map is drawn, or null
 * @param step       the lesson's step to start at, 0-based
 * @param presenter  start in presenter mode
 * @param startPage  show the start page (true), never (false), or as the user's setting says (null)
 */
public record LaunchOptions(Path vectors, OpenOptions open, Path screenshot, String select, int dims, String panel, Path session,
        Path saveSession, String lesson, int step, boolean presenter, Boolean startPage) {
    public static LaunchOptions defaults() {
        return new LaunchOptions(null, OpenOptions.defaults(), null, null, 2, null, null, null, null, 0, false, null);
    }
}
