package org.embedscope.model.io;

import java.io.IOException;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * Reads GloVe text: one {@code word v1 ... vD} line per word, no header. Kept for callers that know
 * the format; new code should use {@link VectorFiles#open}, which also detects and caches.
 */
public final class GloveTextReader {
    public static final String FORMAT = "glove";

    private GloveTextReader() {
    }

    public static VectorStore read(Path file, Progress progress) throws IOException {
        return VectorFiles.open(file, OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false), progress);
    }
}
