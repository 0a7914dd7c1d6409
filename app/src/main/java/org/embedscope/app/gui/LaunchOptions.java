package org.embedscope.app.gui;

import java.nio.file.Path;

/**
 * How the window was asked to start.
 *
 * @param vectors    file to open, or null for the bundled dataset
 * @param screenshot where to save a PNG of the window once the map is drawn (then exit), or null
 * @param select     word to select once the map is drawn, or null
 * @param dims       2 or 3: the map to start with
 */
public record LaunchOptions(Path vectors, Path screenshot, String select, int dims) {
}
