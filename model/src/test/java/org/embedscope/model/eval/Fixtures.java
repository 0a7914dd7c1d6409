package org.embedscope.model.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;
import org.embedscope.model.io.OpenOptions;
import org.embedscope.model.io.VectorFiles;
import org.embedscope.model.io.VectorFormat;

/**
 * The synthetic evaluation fixtures written by bench/make_eval_fixtures.py: 241 words of 12
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
            store = VectorFiles.open(path("synthetic.glove.txt"),
                    OpenOptions.defaults().withFormat(VectorFormat.GLOVE).withCache(false), Progress.NONE);
        }
        return store;
    }
}
