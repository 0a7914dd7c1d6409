package org.embedscope.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;

/** The one place the GUI and the command line turn "a file, or nothing" into a loaded store. */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /** Loads {@code file} (format detected, cache used), or the bundled dataset when it is null. */
    public static VectorStore load(Path file, Progress progress) throws IOException {
        return load(file, OpenOptions.defaults(), progress);
    }

    /**
     * Loads {@code file} with {@link VectorFiles#open}, or the bundled dataset when it is null. Bad
     * files throw {@link org.embedscope.model.DataFormatException} with a message for the user.
     */
    public static VectorStore load(Path file, OpenOptions options, Progress progress) throws IOException {
        if (file == null) {
            VectorStore bundled = BundledDataset.load(progress);
            return options.limit() > 0 ? bundled.firstRows(options.limit()) : bundled;
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return VectorFiles.open(file, options, progress);
    }
}
