package org.embedscope.model.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.embedscope.model.Progress;
import org.embedscope.model.VectorStore;

/**
 * Writes GloVe text. Each value is printed as the shortest decimal that reads back as the same
 * float, so a written file reloads to exactly the stored values.
 */
public final class GloveTextWriter {
    private GloveTextWriter() {
    }

    public static void write(VectorStore store, Path file, Progress progress) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            write(store, out, progress);
        }
    }

    static void write(VectorStore store, Writer out, Progress progress) throws IOException {
        int dimension = store.dimension();
        float[] vectors = store.rawVectors();
        StringBuilder line = new StringBuilder(dimension * 12);
        for (int row = 0; row < store.size(); row++) {
            line.setLength(0);
            line.append(store.word(row));
            int base = row * dimension;
            for (int d = 0; d < dimension; d++) {
                line.append(' ');
                FloatText.append(line, vectors[base + d]);
            }
            line.append('\n');
            out.append(line);
            if ((row & 8191) == 0) {
                progress.checkCancelled();
                progress.update((double) row / store.size(), "Writing");
            }
        }
        progress.update(1, "Written");
    }
}
