package org.embedscope.model.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.GloveTextReader;

/**
 * The synthetic evaluation fixtures written by scripts/make_eval_fixtures.py: 241 words of 12
 * dimensions (country/capital-like pairs, case variants, fillers), an analogy file and a pairs file.
 */
final class Fixtures {
    private static VectorStore store;

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized VectorStore store() {
        if (store == null) {
            try {
                store = GloveTextReader.read(path("synthetic.glove.txt"), Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }
}
