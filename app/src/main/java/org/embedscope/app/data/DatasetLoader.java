package org.embedscope.app.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.GloveTextReader;

/** The one place the GUI and the command line turn "a file, or nothing" into a loaded store. */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /** Loads {@code file}, or the bundled dataset when it is null. */
    public static VectorStore load(Path file, Progress progress) throws IOException {
        if (file == null) {
            return BundledDataset.load(progress);
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return GloveTextReader.read(file, progress);
    }
}
