package org.embedscope.app.gui;

import java.nio.file.Path;
import org.embedscope.model.io.OpenOptions;

/** Where the dataset on screen came from: a file and the options it was opened with (file null: the bundled one). */
public record DatasetSource(Path file, OpenOptions options) {
}
