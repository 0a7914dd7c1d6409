package org.embedscope.app.gui.dialog;

import java.nio.file.Path;
import org.embedscope.model.io.OpenOptions;

/** A vector file the user asked to open, and how. */
public record OpenRequest(Path file, OpenOptions options) {
}
