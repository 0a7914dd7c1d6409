package org.embedscope.app.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.HalfFloatDataset;

/** The default dataset shipped in the assets jar: the 50,000 most frequent GloVe 6B 100d words. */
public final class BundledDataset {
    public static final String NAME = "GloVe 6B 100d (50k most frequent words, bundled)";
    private static final String BASE = "/org/embedscope/assets/glove-6b-100d-50k";

    private BundledDataset() {
    }

    public static VectorStore load(Progress progress) {
        try (InputStream words = open(".words.txt"); InputStream vectors = open(".f16")) {
            return HalfFloatDataset.read(words, vectors, NAME, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled dataset: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the bundled words and vectors: the name sessions give the bundled dataset. */
    public static String contentHash() throws IOException {
        return org.embedscope.app.session.ContentHash.ofStreams(open(".words.txt"), open(".f16"));
    }

    private static InputStream open(String suffix) throws IOException {
        InputStream in = BundledDataset.class.getResourceAsStream(BASE + suffix);
        if (in == null) {
            throw new IOException("resource " + BASE + suffix + " is missing from the class path");
        }
        return new BufferedInputStream(in, 1 << 16);
    }
}
